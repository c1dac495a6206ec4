#!/bin/bash
# make bench (charts): the standard set — netizens line, US money market
# funds log line, deals bar, each to PNG and PDF — drawn by cnstat --batch in
# one process, and the same six files by gnuplot from cnstat's own .gp
# exports, one gnuplot process per file as a Makefile would run them.
# Prints both totals and their ratio (target: cnstat 10x faster), and the
# drawing and PNG encoding times of cnstat separately.
set -u
BIN=$1
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/cnstat-bench.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
D=$T/data
mkdir -p "$D"
cp -R data/manual "$D/manual"
cp data/overrides.csv data/fx.csv data/indicators.rules "$D/"
"$BIN" extract -o "$D/facts.csv" data/corpus/*.txt && "$BIN" series -o "$D/series" \
    --overrides "$D/overrides.csv" --manual "$D/manual" "$D/facts.csv" || exit 1
# The clock is bash's EPOCHREALTIME: reading it starts no process (date
# would add a fork and an exec to every total).
set_line() { # NAME ARGS
    printf '%s\n' "netizens -o $T/$1/netizens.png -o $T/$1/netizens.pdf" \
        "fund_assets --entity money --to 2001 --log -o $T/$1/mmf.png -o $T/$1/mmf.pdf" \
        "funding_round --kind bar --currency USD -o $T/$1/deals.png -o $T/$1/deals.pdf"
}
mkdir -p "$T/c" "$T/g"
set_line c >"$T/c.batch"
"$BIN" plot --data "$D" --batch "$T/c.batch" || exit 1 # warm the font caches
# (each side the median of 5 runs: one run of some 20 ms swings by half
# with what else the machine does)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for i in 1 2 3 4 5; do
    t0=${EPOCHREALTIME/,/.}
    "$BIN" plot --data "$D" --batch "$T/c.batch" || exit 1
    t1=${EPOCHREALTIME/,/.}
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) * 1000 }'
done | median >"$T/cn_ms"
CNSTAT_TIMING=1 "$BIN" plot --data "$D" --batch "$T/c.batch" 2>"$T/timing" >/dev/null
# the gnuplot scripts: x.png.gp draws x.png, x.pdf.gp draws x.pdf
sed "s|$T/c/\([a-z]*\)\.png|$T/g/\1.png.gp|; s|$T/c/\([a-z]*\)\.pdf|$T/g/\1.pdf.gp|" "$T/c.batch" >"$T/g.batch"
"$BIN" plot --data "$D" --batch "$T/g.batch" || exit 1
if ! command -v gnuplot >/dev/null 2>&1; then
    echo "gnuplot not found: install gnuplot-nox to compare"
    exit 0
fi
for f in "$T"/g/*.gp; do (cd "$T/g" && LC_ALL=C.UTF-8 gnuplot "$f" >/dev/null 2>&1); done # warm
for i in 1 2 3 4 5; do
    t2=${EPOCHREALTIME/,/.}
    for f in "$T"/g/*.gp; do (cd "$T/g" && LC_ALL=C.UTF-8 gnuplot "$f"); done
    t3=${EPOCHREALTIME/,/.}
    awk -v c="$t2" -v d="$t3" 'BEGIN { printf "%.3f\n", (d - c) * 1000 }'
done | median >"$T/gp_ms"
awk -v cn="$(cat "$T/cn_ms")" -v gp="$(cat "$T/gp_ms")" 'BEGIN {
    printf "charts (6 files, median of 5 runs): cnstat --batch %.1f ms   gnuplot %.1f ms   ratio %.1fx (target >= 10x) %s\n",
        cn, gp, gp / cn, (gp / cn >= 10 ? "ok" : "MISSED") }'
awk '/timing: .*png: draw/ { d += $5; n++ } /timing: .*png: write/ { e += $5 }
    END { if (n) printf "cnstat PNG: draw %.2f ms, encode %.2f ms (mean of %d)\n", d / n, e / n, n }' "$T/timing"
sed 's/^cnstat: timing: /  /' "$T/timing" | sed "s|$T/||"
ls -l "$T"/c/*.png "$T"/g/*.png 2>/dev/null | awk '{ printf "%s %d bytes\n", $NF, $5 }' | sed "s|$T/||"
