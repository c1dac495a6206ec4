#!/bin/sh
# End-to-end tests of the analysis commands (series, show, compare, growth,
# explain) on the shipped corpus: outputs are compared byte for byte with
# tests/expected/cli/*.out, JSON is parsed, errors and exit codes checked,
# and every run repeated under a decimal-comma locale when one can be had.
#
# Usage: sh tests/cli.sh PATH/TO/cnstat PATH/TO/jsonv
# CLI_UPDATE=1 rewrites the expected files (review the diff before committing).
set -u
BIN=$1
JSONV=$2
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
case $JSONV in /*) ;; *) JSONV=$PWD/$JSONV ;; esac
EXP=tests/expected/cli
LC_ALL=C
export LC_ALL
T=$(mktemp -d "${TMPDIR:-/tmp}/cnstat-cli.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
npass=0
nfail=0
ok() { npass=$((npass + 1)); echo "ok - $1"; }
notok() {
    nfail=$((nfail + 1))
    echo "not ok - $1: $2"
    [ -s "$T/err" ] && head -n 5 "$T/err" | sed 's/^/#   stderr: /'
}

# the data a user has after 'make reports', built afresh
D=$T/data
mkdir -p "$D"
cp -R data/manual "$D/manual"
cp data/overrides.csv data/fx.csv "$D/"
if ! "$BIN" extract -r data/indicators.rules -o "$D/facts.csv" data/corpus/*.txt 2>"$T/err" ||
    ! "$BIN" series -o "$D/series" --overrides "$D/overrides.csv" --manual "$D/manual" "$D/facts.csv" 2>"$T/err"; then
    notok "building the data" "extract or series failed"
    echo "$npass passed, $nfail failed"
    exit 1
fi
ok "extract and series on the corpus"

# a decimal-comma locale, built in the temp dir when the system has none
DE=
LOCPATH_DE=
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
    DE=de_DE.UTF-8
elif command -v localedef >/dev/null 2>&1 &&
    localedef -i de_DE -f UTF-8 "$T/de_DE.UTF-8" >/dev/null 2>&1; then
    DE=de_DE.UTF-8
    LOCPATH_DE=$T
fi

# case NAME EXPECTED_EXIT ARGS...: run, check the exit status, compare stdout
# with $EXP/NAME.out (when EXPECTED_EXIT is 0) and rerun under de_DE.
case_() {
    name=$1
    want=$2
    shift 2
    "$BIN" "$@" --data "$D" >"$T/out" 2>"$T/err"
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        notok "$name" "exit $rc, expected $want"
        return
    fi
    if grep -q "Sanitizer\|runtime error" "$T/err"; then
        notok "$name" "sanitizer report"
        return
    fi
    if [ "$want" -ne 0 ]; then
        if [ -n "${EXPECT_ERR:-}" ] && ! grep -q "$EXPECT_ERR" "$T/err"; then
            notok "$name" "stderr lacks '$EXPECT_ERR'"
            return
        fi
        ok "$name"
        return
    fi
    if [ "${CLI_UPDATE:-}" = 1 ]; then
        cp "$T/out" "$EXP/$name.out"
    fi
    if ! cmp -s "$T/out" "$EXP/$name.out"; then
        notok "$name" "differs from $EXP/$name.out: $(diff "$EXP/$name.out" "$T/out" | head -n 4 | tr '\n' ' ')"
        return
    fi
    case $* in
    *json*)
        if ! "$JSONV" <"$T/out"; then
            notok "$name" "not valid JSON"
            return
        fi
        ;;
    esac
    if [ -n "$DE" ]; then
        if [ -n "$LOCPATH_DE" ]; then
            env LOCPATH="$LOCPATH_DE" LC_ALL="$DE" "$BIN" "$@" --data "$D" >"$T/out.de" 2>/dev/null
        else
            env LC_ALL="$DE" "$BIN" "$@" --data "$D" >"$T/out.de" 2>/dev/null
        fi
        if ! cmp -s "$T/out" "$T/out.de"; then
            notok "$name" "differs under LC_ALL=$DE"
            return
        fi
    fi
    ok "$name"
}

mkdir -p "$EXP"
case_ show-netizens 0 show netizens --format csv
case_ show-netizens-json 0 show netizens --format json
case_ show-netizens-md 0 show netizens --format md
case_ show-ipo-raise 0 show ipo_raise --format table
case_ show-fund-assets-usd 0 show fund_assets --currency USD --format csv
case_ compare-2010-2013 0 compare 2010 2013 --format csv
case_ compare-2011-2013-json 0 compare 2011 2013 netizens mobile_netizens 3g_users third_party_payments --format json
case_ compare-missing-year 0 compare 2011 2013 3g_users --format table
case_ growth-netizens 0 growth netizens --format csv
case_ growth-netizens-json 0 growth netizens --format json
case_ growth-3g-users 0 growth 3g_users --format table
case_ growth-third-party-payments 0 growth third_party_payments --format table
case_ growth-us-mmf 0 growth fund_assets --entity "money market" --to 2001 --format table
case_ growth-netizens-2011-2013 0 growth netizens --from 2011 --to 2013 --format md
case_ explain-3g-users-2010 0 explain 3g_users 2010 --format table
case_ explain-netizens-2011 0 explain netizens 2011 --format json
EXPECT_ERR="did you mean 'netizens'" case_ show-typo 2 show netizen
EXPECT_ERR="did you mean 'third_party_payments'" case_ growth-typo 2 growth third_party_payment
EXPECT_ERR="give two years" case_ compare-bad-year 2 compare 20x1 2013
EXPECT_ERR="unknown format" case_ bad-format 2 show netizens --format xml
EXPECT_ERR="no value" case_ explain-missing 1 explain netizens 1999

# every command has --help (exit 0, on stdout)
for c in extract series show compare growth explain score; do
    if "$BIN" "$c" --help >"$T/out" 2>"$T/err" && [ -s "$T/out" ] && [ ! -s "$T/err" ]; then
        ok "$c --help"
    else
        notok "$c --help" "no help on stdout, or exit status not 0"
    fi
done

# series: the same input gives the same bytes; a curation row that matches
# nothing is an error at its own line
"$BIN" series -o "$T/s2" --overrides "$D/overrides.csv" --manual "$D/manual" "$D/facts.csv" 2>"$T/err"
if diff -r "$D/series" "$T/s2" >/dev/null 2>&1; then ok "series: deterministic"; else notok "series: deterministic" "two runs differ"; fi
{ cat "$D/overrides.csv"; echo 'nowhere.txt,7,netizens,drop,,,no such fact'; } >"$T/bad-overrides.csv"
"$BIN" series -o "$T/s3" --overrides "$T/bad-overrides.csv" "$D/facts.csv" >"$T/out" 2>"$T/err"
rc=$?
n=$(wc -l <"$T/bad-overrides.csv")
if [ "$rc" -eq 1 ] && grep -q "bad-overrides.csv:$n: matches no fact" "$T/err" && [ ! -d "$T/s3" ]; then
    ok "series: an override that matches nothing fails at its line, writing nothing"
else
    notok "series: an override that matches nothing fails at its line, writing nothing" "exit $rc"
fi
# several facts files reduce into one series (per-document extraction)
for f in data/corpus/*.txt; do
    "$BIN" extract -r data/indicators.rules "$f" >"$T/part-$(basename "$f").csv" || exit 1
done
"$BIN" series -o "$T/s4" --overrides "$D/overrides.csv" --manual "$D/manual" "$T"/part-*.csv 2>"$T/err"
if diff -r "$D/series" "$T/s4" >/dev/null 2>&1; then
    ok "series: per-document facts files merge to the same series"
else
    notok "series: per-document facts files merge to the same series" "$(diff -r "$D/series" "$T/s4" | head -n 3 | tr '\n' ' ')"
fi

# extract's trace names each block's lines and the table reader that took
# its figures
printf 'Table 7  Users of Network Applications (10,000 users)\n\nApplication              2008.12      2009.12     Annual growth\nOnline games              18,700      26,454      41.5%%\nOnline video              20,200      24,044      19.0%%\n' >"$T/trace.txt"
CNSTAT_TRACE=1 "$BIN" extract -r data/indicators.rules "$T/trace.txt" >"$T/out" 2>"$T/err"
if grep -q '^block L3-L5$' "$T/err" && grep -q '^table by_year_columns: 6 figures$' "$T/err"; then
    ok "extract: the trace names a block's lines and its table's reader"
else
    notok "extract: the trace names a block's lines and its table's reader" "$(grep -E '^(block|table)' "$T/err" | tr '\n' ' ')"
fi

echo "$npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
