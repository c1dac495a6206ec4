#!/bin/sh
# End-to-end tests of `cnstat extract` against the contract of SPEC.md:
# exit status (0 done, 1 bad data or failed write, 2 bad usage or bad
# rules), diagnostics as "cnstat: FILE:LINE: message" on stderr, the facts
# CSV on stdout or in -o FILE (never partial), determinism, and robustness
# against hostile input (no crash, no hang, no sanitizer report).
#
# Usage (from the project root, as `make e2e` does):
#     sh tests/e2e.sh PATH/TO/cnstat
# Environment: CNSTAT_RULES (default data/indicators.rules),
#              E2E_TIMEOUT  (seconds per run, default 60).
# Prints one line per case, "ok - NAME" or "not ok - NAME: WHY" (followed by
# "#" lines quoting stderr), then "N passed, N failed"; exits 1 if any
# case failed.

set -u

if [ $# -ne 1 ]; then
    echo "usage: sh tests/e2e.sh PATH/TO/cnstat" >&2
    exit 2
fi
case $1 in
/*) BIN=$1 ;;
*) BIN=$PWD/$1 ;;
esac
if [ ! -x "$BIN" ]; then
    echo "e2e: $BIN: not an executable" >&2
    exit 2
fi
RULES=${CNSTAT_RULES:-data/indicators.rules}
TMO=${E2E_TIMEOUT:-60}
# File names sort the same everywhere; the program's own locale handling is
# tested explicitly below.
LC_ALL=C
export LC_ALL

T=$(mktemp -d "${TMPDIR:-/tmp}/cnstat-e2e.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

HEADER='indicator,entity,period,value,unit,qualifier,kind,file,line,quote'
F1='By the end of 2011, China had 513 million Internet users.'
V1=513000000
npass=0
nfail=0
rc=0
why=

# ---- reporting --------------------------------------------------------------
ok() {
    npass=$((npass + 1))
    echo "ok - $1"
}
notok() {
    nfail=$((nfail + 1))
    echo "not ok - $1: $2"
    if [ -s "$T/err" ]; then
        head -c 2000 "$T/err" | head -n 5 | sed 's/^/#   stderr: /'
    fi
}
# result NAME: ok when $why is empty, else not ok with $why.
result() {
    if [ -z "$why" ]; then ok "$1"; else notok "$1" "$why"; fi
}

# ---- running ----------------------------------------------------------------
# run CMD...: run with a time limit, stdout to $T/out, stderr to $T/err,
# exit status in $rc.  Redirect stdin at the call when needed.
run() {
    timeout -k 5 "$TMO" "$@" >"$T/out" 2>"$T/err"
    rc=$?
}
# sane: the last run neither hung, nor died of a signal, nor tripped a
# sanitizer.  Sets $why and fails otherwise.
sane() {
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        why="timed out after ${TMO}s (exit $rc)"
        return 1
    fi
    if [ "$rc" -ge 128 ]; then
        why="killed by signal $((rc - 128))"
        return 1
    fi
    if grep -Eq 'Sanitizer|runtime error' "$T/err"; then
        why="sanitizer report: $(grep -E -m1 'Sanitizer|runtime error' "$T/err")"
        return 1
    fi
    return 0
}

# csv_check FILE: FILE is a well-formed facts CSV: the header first, every
# row with at least 10 fields, a plain decimal value, a known qualifier and
# kind, a positive line, a period of the published forms, no CR, no NUL,
# valid UTF-8.  Sets $why and fails otherwise.
csv_check() {
    if [ ! -s "$1" ]; then
        why="empty output (not even the header)"
        return 1
    fi
    if [ "$(tr -d '\000' <"$1" | wc -c)" -ne "$(wc -c <"$1")" ]; then
        why="NUL byte in the output"
        return 1
    fi
    if [ "$(tr -d '\r' <"$1" | wc -c)" -ne "$(wc -c <"$1")" ]; then
        why="CR in the output"
        return 1
    fi
    if ! iconv -f UTF-8 -t UTF-8 <"$1" >/dev/null 2>&1; then
        why="output is not valid UTF-8"
        return 1
    fi
    if [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" != '\n' ]; then
        why="output does not end with a newline"
        return 1
    fi
    why=$(awk -v hdr="$HEADER" "$AWK_CSV"'
        NR == 1 {
            if ($0 != hdr && index($0, hdr ",") != 1) {
                print "bad header: " substr($0, 1, 120); exit
            }
            next
        }
        {
            n = csv_split($0)
            if (n < 10) { print "line " NR ": " n " fields: " substr($0, 1, 120); exit }
            if (f[4] !~ /^-?[0-9]+(\.[0-9]+)?$/) { print "line " NR ": value \"" f[4] "\" is not a plain decimal"; exit }
            if (f[6] !~ /^(exact|more_than|at_least|nearly|about|less_than)$/) { print "line " NR ": qualifier \"" f[6] "\""; exit }
            if (f[7] !~ /^(observed|derived)$/) { print "line " NR ": kind \"" f[7] "\""; exit }
            if (f[9] !~ /^[1-9][0-9]*$/) { print "line " NR ": line \"" f[9] "\""; exit }
            p = f[3]
            if (p != "" && p !~ /^[12][0-9][0-9][0-9](-[01][0-9](-[0-3][0-9])?)?$/ &&
                p !~ /^[12][0-9][0-9][0-9]\/[12][0-9][0-9][0-9]$/) {
                print "line " NR ": period \"" p "\""; exit
            }
            if (f[1] == "" || f[5] == "" || f[8] == "" || f[10] == "") { print "line " NR ": empty indicator, unit, file or quote"; exit }
        }' "$1")
    [ -z "$why" ]
}

# A CSV splitter for awk: csv_split(line) fills f[1..n] and returns n.
# Quoted fields with "" escapes; a row is one line (quotes are one line).
AWK_CSV='
function csv_split(s,    n, i, c, fld, q, L) {
    n = 0; fld = ""; q = 0; L = length(s)
    for (i = 1; i <= L; i++) {
        c = substr(s, i, 1)
        if (q) {
            if (c == "\"") {
                if (substr(s, i + 1, 1) == "\"") { fld = fld "\""; i++ }
                else q = 0
            } else fld = fld c
        } else if (c == "\"") q = 1
        else if (c == ",") { f[++n] = fld; fld = "" }
        else fld = fld c
    }
    f[++n] = fld
    return n
}'

# has_fact FILE VALUE LINE: some row has this value and line.
has_fact() {
    awk -v v="$2" -v l="$3" "$AWK_CSV"'
        NR > 1 { csv_split($0); if (f[4] == v && f[9] == l) found = 1 }
        END { exit !found }' "$1"
}
# rows FILE: number of data rows.
rows() {
    awk 'NR > 1' "$1" | wc -l | tr -d ' '
}

# expect_ok [FILE]: the last run must be sane, exit 0, and have written a
# well-formed facts CSV to FILE (default: its stdout).  Returns non-zero
# (with $why) otherwise.
expect_ok() {
    why=
    sane || return 1
    if [ "$rc" -ne 0 ]; then
        why="exit $rc, expected 0"
        return 1
    fi
    csv_check "${1:-$T/out}" || return 1
}
# expect_err CODE REGEX: the last run must be sane, exit CODE, and print a
# stderr line matching the extended REGEX.
expect_err() {
    why=
    sane || return 1
    if [ "$rc" -ne "$1" ]; then
        why="exit $rc, expected $1"
        return 1
    fi
    if ! grep -Eq "$2" "$T/err"; then
        why="no stderr line matching /$2/"
        return 1
    fi
}
# msg NAME [LINE]: the regex of a diagnostic about file NAME.
msg() {
    if [ $# -gt 1 ]; then
        echo "^cnstat: ([^:]*/)?$1:$2: ."
    else
        echo "^cnstat: ([^:]*/)?$1(:[0-9]+)?: ."
    fi
}
USAGE_RE='^(cnstat: .|[Uu]sage: )'

extract() {
    run "$BIN" extract -r "$RULES" "$@"
}

# ---- preconditions ----------------------------------------------------------
if [ ! -r "$RULES" ]; then
    echo "e2e: rules file $RULES missing; set CNSTAT_RULES" >&2
fi

# ---- inputs -----------------------------------------------------------------
mkdir "$T/in" "$T/lf" "$T/crlf" "$T/bom" "$T/nonl" "$T/adir" "$T/o" || exit 2
printf '%s\n' "$F1" >"$T/lf/one.txt"
: >"$T/in/empty.txt"
printf '%s\n' 'China Internet Museum' '' "$F1" 'Nothing to see here.' \
    >"$T/lf/doc.txt"
printf '%s\r\n' 'China Internet Museum' '' "$F1" 'Nothing to see here.' \
    >"$T/crlf/doc.txt"
printf '\357\273\277%s\n' "$F1" >"$T/bom/one.txt"
printf '%s' "$F1" >"$T/nonl/one.txt"
# Invalid UTF-8 on line 2 only: a lone continuation byte, an overlong NUL,
# 0xFE/0xFF, a surrogate, a truncated sequence.
{
    printf '%s\n' "$F1"
    printf 'Bad \200 bytes \300\200 here \376\377 and \355\240\200 end \342\202\n'
    printf '%s\n' "$F1"
} >"$T/in/badutf8.txt"
# NUL bytes inside lines 1 and 3.
{
    printf 'China Internet\000Museum\n'
    printf '%s\n' "$F1"
    printf 'In 2012 there were\000 564 million Internet users.\n'
} >"$T/in/nul.txt"
D400=$(awk 'BEGIN { for (i = 0; i < 40; i++) printf "1234567890" }')
{
    printf 'By the end of 2011, China had %s Internet users.\n' "$D400"
    printf 'By the end of 2011, China had %s million Internet users.\n' "$D400"
    printf 'Payments totalled RMB %s.%s billion, up %s%%.\n' "$D400" "$D400" "$D400"
    printf '%s\n' "$F1"
} >"$T/in/digits400.txt"
yes 'In 2011 China had 513 million Internet users, up 12.5% from 2010, and RMB 2.1 trillion in payments; ' |
    head -c 10485760 | tr -d '\n' >"$T/in/longline.txt"
printf '\n%s\n' "$F1" >>"$T/in/longline.txt"
# (the long line last, a sentence's figures all on it and no stop at its end)
yes 'In 2011 China had 513 million Internet users, up 12.5% from 2010, and RMB 2.1 trillion in payments; ' |
    head -c 4194304 | tr -d '\n' >"$T/in/longlast.txt"
printf '\n' >>"$T/in/longlast.txt"
# (a block of 4 MB of short lines, a change and its level on each)
yes 'China had 513 million Internet users in 2011, up 12.5 percent' | head -c 4194304 >"$T/in/longblock.txt"
printf '\n' >>"$T/in/longblock.txt"
# (and 8 MB of short rows of a table with no header, one block)
yes '2010      45,730    51,310    63,200' | head -c 8388608 >"$T/in/longrows.txt"
printf '\n' >>"$T/in/longrows.txt"
yes 1234567890 | head -c 1048576 | tr -d '\n' >"$T/in/longnum.txt"
printf ' million Internet users.\n%s\n' "$F1" >>"$T/in/longnum.txt"
printf '%s\n' "$F1" >"$T/in/unreadable.txt"
chmod 000 "$T/in/unreadable.txt"
printf '\n\n[netizens\n' >"$T/bad.rules"

# ---- usage ------------------------------------------------------------------
run "$BIN" --help
why=
if sane; then
    if [ "$rc" -ne 0 ]; then why="exit $rc, expected 0"
    elif [ ! -s "$T/out" ]; then why="nothing on stdout"
    fi
fi
result "--help"

run "$BIN" extract --help
why=
if sane; then
    if [ "$rc" -ne 0 ]; then why="exit $rc, expected 0"
    elif [ ! -s "$T/out" ]; then why="nothing on stdout"
    fi
fi
result "extract --help"

run "$BIN" --version
why=
if sane; then
    if [ "$rc" -ne 0 ]; then why="exit $rc, expected 0"
    elif [ ! -s "$T/out" ]; then why="nothing on stdout"
    fi
fi
result "--version"

run "$BIN"
expect_err 2 "$USAGE_RE"
result "no arguments: exit 2"

run "$BIN" extract -r "$RULES"
expect_err 2 "$USAGE_RE"
result "extract without files: exit 2"

run "$BIN" extract --no-such-option "$T/lf/one.txt"
expect_err 2 "$USAGE_RE"
result "unknown option: exit 2"

run "$BIN" no-such-command
expect_err 2 "$USAGE_RE"
result "unknown command: exit 2"

run "$BIN" extract "$T/lf/one.txt" -r
expect_err 2 "$USAGE_RE"
result "-r without argument: exit 2"

# ---- rules ------------------------------------------------------------------
extract "$T/lf/one.txt"
if expect_ok; then
    if ! has_fact "$T/out" "$V1" 1; then
        why="no row with value $V1 at line 1 for '$F1'"
    fi
fi
result "baseline fact"
cp "$T/out" "$T/one.csv"

run "$BIN" extract -r "$T/bad.rules" "$T/lf/one.txt"
expect_err 2 "$(msg bad.rules 3)"
result "rules syntax error: exit 2, cnstat: RULES:3: ..."

run "$BIN" extract -r "$T/no-such.rules" "$T/lf/one.txt"
why=
if sane; then
    if [ "$rc" -ne 1 ] && [ "$rc" -ne 2 ]; then why="exit $rc, expected 2 (or 1)"
    elif ! grep -Eq "$(msg no-such.rules)" "$T/err"; then why="no stderr line matching /$(msg no-such.rules)/"
    fi
fi
result "missing rules file: exit 2, cnstat: RULES: ..."

# ---- bad files ----------------------------------------------------------------
extract "$T/in/missing.txt"
expect_err 1 "$(msg missing.txt)"
result "missing file: exit 1"

if [ "$(id -u)" -eq 0 ]; then
    ok "unreadable (skipped as root)"
else
    extract "$T/in/unreadable.txt"
    expect_err 1 "$(msg unreadable.txt)"
    result "unreadable file: exit 1"
fi

extract "$T/adir"
expect_err 1 "$(msg adir)"
result "directory as input: exit 1"

extract "$T/lf/one.txt" "$T/in/missing.txt"
expect_err 1 "$(msg missing.txt)"
result "good file then missing file: exit 1"

# ---- awkward but acceptable input ------------------------------------------
extract "$T/in/empty.txt"
if expect_ok; then
    n=$(rows "$T/out")
    [ "$n" -eq 0 ] || why="$n rows from an empty file"
fi
result "empty file: header only"

extract "$T/lf/doc.txt"
if expect_ok; then
    cp "$T/out" "$T/lf.csv"
    if ! has_fact "$T/out" "$V1" 3; then
        why="no row with value $V1 at line 3 (LF reference)"
    else
        extract "$T/crlf/doc.txt"
        if expect_ok; then
            if ! cmp -s "$T/lf.csv" "$T/out"; then
                why="CRLF output differs from LF output: $(diff "$T/lf.csv" "$T/out" | head -n 3 | tr '\n' ' ')"
            fi
        fi
    fi
fi
result "CRLF line ends: same facts as LF"

extract "$T/bom/one.txt"
if expect_ok; then
    if ! cmp -s "$T/one.csv" "$T/out"; then
        why="BOM output differs from plain output: $(diff "$T/one.csv" "$T/out" | head -n 3 | tr '\n' ' ')"
    fi
fi
result "UTF-8 BOM: same facts as without"

extract "$T/nonl/one.txt"
if expect_ok; then
    if ! has_fact "$T/out" "$V1" 1; then
        why="no row with value $V1 at line 1: the unterminated last line was lost"
    elif ! cmp -s "$T/one.csv" "$T/out"; then
        why="output differs from the newline-terminated file: $(diff "$T/one.csv" "$T/out" | head -n 3 | tr '\n' ' ')"
    fi
fi
result "no final newline: fact on the last line kept"

extract - <"$T/lf/one.txt"
if expect_ok; then
    has_fact "$T/out" "$V1" 1 || why="no row with value $V1 at line 1"
fi
result "stdin as -"

extract "$T/in/badutf8.txt"
why=
if sane; then
    if [ "$rc" -eq 0 ]; then
        if csv_check "$T/out"; then
            if ! has_fact "$T/out" "$V1" 1 || ! has_fact "$T/out" "$V1" 3; then
                why="exit 0 but facts at lines 1 and 3 not both found"
            fi
        fi
    elif [ "$rc" -eq 1 ]; then
        grep -Eq "$(msg badutf8.txt 2)" "$T/err" ||
            why="exit 1 without a line matching /$(msg badutf8.txt 2)/"
    else
        why="exit $rc, expected 0 (clean output) or 1 (diagnostic)"
    fi
fi
result "invalid UTF-8"

extract "$T/in/nul.txt"
why=
if sane; then
    if [ "$rc" -eq 0 ]; then
        if csv_check "$T/out"; then
            has_fact "$T/out" "$V1" 2 || why="exit 0 but no row with value $V1 at line 2"
        fi
    elif [ "$rc" -eq 1 ]; then
        grep -Eq "$(msg nul.txt 1)" "$T/err" ||
            why="exit 1 without a line matching /$(msg nul.txt 1)/"
    else
        why="exit $rc, expected 0 (clean output) or 1 (diagnostic)"
    fi
fi
result "NUL bytes inside lines"

extract "$T/in/digits400.txt"
if expect_ok; then
    has_fact "$T/out" "$V1" 4 || why="no row with value $V1 at line 4"
fi
result "number with 400 digits"

extract "$T/in/longline.txt"
if expect_ok; then
    has_fact "$T/out" "$V1" 2 || why="no row with value $V1 at line 2 after the long line"
fi
result "single 10 MB line"

extract "$T/in/longlast.txt"
if expect_ok; then
    has_fact "$T/out" 513000000 1 || why="no row with value 513000000 at line 1"
fi
result "a 4 MB line last, no stop at its end"

extract "$T/in/longblock.txt"
if expect_ok; then
    has_fact "$T/out" 513000000 1 || why="no row with value 513000000 at line 1"
fi
result "a block of 4 MB of short lines"

extract "$T/in/longrows.txt"
expect_ok
result "a block of 8 MB of a table's short rows"

extract "$T/in/longnum.txt"
if expect_ok; then
    has_fact "$T/out" "$V1" 2 || why="no row with value $V1 at line 2 after the long number"
fi
result "number with a million digits"

# ---- output file --------------------------------------------------------------
# leftovers: the names in $T/o other than out.csv (temp files, backups).
leftovers() {
    find "$T/o/." ! -name . -prune ! -name out.csv -print | sed 's|.*/||' | tr '\n' ' '
}
printf 'sentinel, must survive\n' >"$T/o/out.csv"
cp "$T/o/out.csv" "$T/sentinel"
extract -o "$T/o/out.csv" "$T/lf/one.txt" "$T/in/missing.txt"
if expect_err 1 "$(msg missing.txt)"; then
    if ! cmp -s "$T/sentinel" "$T/o/out.csv"; then
        why="out.csv was changed by a failed run"
    elif [ -n "$(leftovers)" ]; then
        why="files left next to out.csv: $(leftovers)"
    fi
fi
result "-o on failure leaves out.csv as it was"

run "$BIN" extract -r "$T/bad.rules" -o "$T/o/out.csv" "$T/lf/one.txt"
if expect_err 2 "$(msg bad.rules 3)"; then
    if ! cmp -s "$T/sentinel" "$T/o/out.csv"; then
        why="out.csv was changed by a failed run"
    elif [ -n "$(leftovers)" ]; then
        why="files left next to out.csv: $(leftovers)"
    fi
fi
result "-o with bad rules leaves out.csv as it was"

extract -o "$T/o/out.csv" "$T/lf/one.txt"
if expect_ok "$T/o/out.csv"; then
    if [ -s "$T/out" ]; then
        why="with -o, stdout was not empty"
    elif ! cmp -s "$T/one.csv" "$T/o/out.csv"; then
        why="-o file differs from stdout output"
    elif [ -n "$(leftovers)" ]; then
        why="files left next to out.csv: $(leftovers)"
    fi
fi
result "-o writes the same CSV as stdout"

extract -o "$T/no-such-dir/out.csv" "$T/lf/one.txt"
expect_err 1 '^cnstat: .'
result "-o into a missing directory: exit 1"

# outputs that are not regular files are written in place: a FIFO stays a
# FIFO (and its reader gets the CSV), a symbolic link stays a link to the
# file it names, and a device (/dev/full) gives its write error
mkfifo "$T/o/fifo"
timeout -k 5 "$TMO" cat "$T/o/fifo" >"$T/fifo.csv" &
reader=$!
extract -o "$T/o/fifo" "$T/lf/one.txt"
wait "$reader"
if expect_ok "$T/fifo.csv"; then
    if [ ! -p "$T/o/fifo" ]; then
        why="the FIFO was replaced by a file"
    elif ! cmp -s "$T/one.csv" "$T/fifo.csv"; then
        why="the FIFO's reader got other bytes than stdout"
    fi
fi
result "-o into a FIFO writes through it, the FIFO stays"
rm -f "$T/o/fifo"

printf 'old\n' >"$T/o/target.csv"
ln -s target.csv "$T/o/link.csv"
extract -o "$T/o/link.csv" "$T/lf/one.txt"
if expect_ok "$T/o/target.csv"; then
    if [ ! -L "$T/o/link.csv" ]; then
        why="the symbolic link was replaced by a file"
    elif ! cmp -s "$T/one.csv" "$T/o/target.csv"; then
        why="the linked file does not hold the CSV"
    fi
fi
result "-o through a symbolic link writes the file it names, the link stays"
rm -f "$T/o/link.csv" "$T/o/target.csv"

if [ -w /dev/full ]; then
    run "$BIN" extract -r "$RULES" -o /dev/full "$T/lf/doc.txt"
    expect_err 1 '^cnstat: .'
    [ -z "$why" ] && [ ! -c /dev/full ] && why="/dev/full is no longer a device"
    result "-o /dev/full: a write error, exit 1, the device stays"
fi

if [ -w /dev/full ]; then
    timeout -k 5 "$TMO" "$BIN" extract -r "$RULES" "$T/lf/doc.txt" >/dev/full 2>"$T/err"
    rc=$?
    expect_err 1 '^cnstat: .'
    result "write error on stdout (/dev/full): exit 1"
fi

# ---- the corpus: determinism, golden file, locale ---------------------------
set -- data/corpus/*.txt
if [ ! -e "$1" ]; then
    notok "corpus" "no data/corpus/*.txt (run from the project root)"
else
    extract "$@"
    if expect_ok; then
        cp "$T/out" "$T/corpus1.csv"
        extract "$@"
        if expect_ok && ! cmp -s "$T/corpus1.csv" "$T/out"; then
            why="two runs differ: $(diff "$T/corpus1.csv" "$T/out" | head -n 3 | tr '\n' ' ')"
        fi
    fi
    result "corpus: two runs give identical bytes"

    # threads: the corpus as one long document (many chunks) and as many
    # documents give the same bytes with 1 and with 3 worker threads
    for f in "$@" "$@" "$@" "$@"; do cat "$f"; echo; done >"$T/long.txt"
    why=
    for j in 1 3; do
        CNSTAT_JOBS=$j "$BIN" extract -r "$RULES" -o "$T/jobs$j.csv" "$T/long.txt" "$@" "$@" 2>"$T/jobs.err" ||
            why="CNSTAT_JOBS=$j: exit $?: $(head -c 200 "$T/jobs.err")"
    done
    if [ -z "$why" ] && ! cmp -s "$T/jobs1.csv" "$T/jobs3.csv"; then
        why="1 and 3 threads differ: $(diff "$T/jobs1.csv" "$T/jobs3.csv" | head -n 3 | tr '\n' ' ')"
    elif [ -z "$why" ] && [ "$(wc -l <"$T/jobs1.csv")" -lt 500 ]; then
        why="too few facts: $(wc -l <"$T/jobs1.csv")"
    fi
    result "corpus: the same bytes with 1 and 3 threads"

    # the fuzzer's seeds, inputs that once crashed it among them, read
    # cleanly (exit 0, nothing on stderr: no sanitizer report)
    why=
    "$BIN" extract -r "$RULES" -o "$T/seeds.csv" tests/fuzz/seeds/* 2>"$T/err"
    st=$?
    if [ "$st" -ne 0 ]; then
        why="exit $st"
    elif [ -s "$T/err" ]; then
        why="stderr: $(head -c 200 "$T/err")"
    fi
    result "fuzz seeds: read cleanly"

    GOLDEN=tests/expected/corpus-facts.csv
    if [ ! -f "$GOLDEN" ]; then
        ok "corpus golden (no expected file yet)"
    elif [ ! -f "$T/corpus1.csv" ]; then
        notok "corpus golden" "extraction failed (see above)"
    else
        why=
        if ! cmp -s "$GOLDEN" "$T/corpus1.csv"; then
            why="differs from $GOLDEN: $(diff "$GOLDEN" "$T/corpus1.csv" | head -n 4 | tr '\n' ' ')"
        fi
        result "corpus golden"
    fi

    # de_DE (decimal comma) from the system, else compiled into $T with
    # localedef and found through LOCPATH (the system stays untouched).
    DE=$(locale -a 2>/dev/null | grep -E -m1 '^de_DE\.(UTF-8|utf8)$')
    LOCPATH_DE=
    if [ -z "$DE" ] && command -v localedef >/dev/null 2>&1 && mkdir -p "$T/locale" &&
        localedef -i de_DE -f UTF-8 "$T/locale/de_DE.UTF-8" >/dev/null 2>&1 &&
        [ "$(LOCPATH=$T/locale LC_ALL=de_DE.UTF-8 locale decimal_point 2>/dev/null)" = , ]; then
        DE=de_DE.UTF-8
        LOCPATH_DE=$T/locale
    fi
    if [ -z "$DE" ]; then
        ok "corpus under de_DE (skipped: no de_DE.UTF-8 locale)"
    elif [ ! -f "$T/corpus1.csv" ]; then
        notok "corpus under LC_ALL=$DE" "extraction failed (see above)"
    else
        if [ -n "$LOCPATH_DE" ]; then
            run env LOCPATH="$LOCPATH_DE" LC_ALL="$DE" "$BIN" extract -r "$RULES" "$@"
        else
            run env LC_ALL="$DE" "$BIN" extract -r "$RULES" "$@"
        fi
        if expect_ok && ! cmp -s "$T/corpus1.csv" "$T/out"; then
            why="differs from the C locale run: $(diff "$T/corpus1.csv" "$T/out" | head -n 3 | tr '\n' ' ')"
        fi
        result "corpus under LC_ALL=$DE: identical bytes"
    fi
fi

# ---- a file's own lines: a byline's date, its line's end after it ----------
printf 'By Emma Lee | June 12, 2021\n\nBeijing-based Yuanqi raised US$200 million in a Series C round.\n' \
    >"$T/byline.txt"
run "$BIN" extract -r "$RULES" "$T/byline.txt"
if expect_ok && ! grep -q '^funding_round,Yuanqi,2021-06-12,200000000,' "$T/out"; then
    why="no funding_round of Yuanqi dated 2021-06-12: $(sed -n 2p "$T/out")"
fi
result "a byline's last field dates the item"

# (a day alone under the title dates it, read from a file as from memory:
# the lines the reader looks at first are without their newline)
printf 'Lanting Robotics closes USD 80 million Series C\nMarch 2, 2022\n\nThe company was founded in 2016.\n' \
    >"$T/dayline.txt"
run "$BIN" extract -r "$RULES" "$T/dayline.txt"
if expect_ok && ! grep -q '^funding_round,Lanting Robotics,2022-03-02,80000000,' "$T/out"; then
    why="no funding_round of Lanting Robotics dated 2022-03-02: $(sed -n 2p "$T/out")"
fi
result "a day alone under the title dates it"

# ---- set-up: a user who is not root gets the one command to run -----------
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1; then
    run env CNSTAT_PACKAGES="make cnstat-no-such-package" \
        setpriv --reuid=65534 --regid=65534 --clear-groups sh tools/deps.sh
    why=
    if [ "$rc" -ne 1 ]; then
        why="exit $rc, expected 1"
    elif ! grep -q 'apt-get install -y cnstat-no-such-package$' "$T/err"; then
        why="no 'apt-get install -y cnstat-no-such-package' line on stderr"
    elif grep -q 'apt-get install -y make' "$T/err"; then
        why="asks to install a package that is already there"
    fi
    result "set-up as a non-root user: one apt-get line, exit 1"
else
    ok "set-up as a non-root user (skipped: needs root and setpriv)"
fi

echo "$npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
