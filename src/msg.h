/* msg.h — errors as values, and the one place that prints them.
 *
 * Low layers fill a caller-owned struct cns_err with cns_fail() and return
 * its code; only the command line prints, as "cnstat: FILE:LINE: message".
 * The first error recorded wins. */
#ifndef CNS_MSG_H
#define CNS_MSG_H

enum cns_rc {
    CNS_OK = 0,
    CNS_EDATA = 1,  /* bad input data or a failed read/write: exit 1 */
    CNS_EUSAGE = 2, /* bad usage or bad rules: exit 2 */
};

struct cns_err {
    enum cns_rc rc;
    char file[256];
    long line; /* 0: no line */
    char msg[512];
};

void cns_err_init(struct cns_err *e);
/* Record an error (unless one is already recorded) and return its code. */
enum cns_rc cns_fail(struct cns_err *e, enum cns_rc rc, const char *file,
                     long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Print "cnstat: FILE:LINE: msg" (or the shorter forms) on stderr. */
void cns_err_print(const struct cns_err *e);
void warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
