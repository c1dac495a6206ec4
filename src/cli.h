/* cli.h — the command line: subcommand table, --help, --version. */
#ifndef CNS_CLI_H
#define CNS_CLI_H

#define CNSTAT_VERSION "0.1.0"

int cli_run(int argc, char **argv);

#endif
