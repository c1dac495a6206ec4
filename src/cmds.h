/* cmds.h — one function per subcommand; each parses its own options and
 * returns the exit status (0 done, 1 bad data or failed write, 2 usage). */
#ifndef CNS_CMDS_H
#define CNS_CMDS_H

int cmd_extract(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_series(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_growth(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_plot(int argc, char **argv);

#endif
