#!/bin/sh
# Throughput and memory of `cnstat extract`.
#
# Usage (as `make bench` does):   sh bench/extract.sh PATH/TO/cnstat
#
# Builds, once, a corpus under bench/corpus/ (git-ignored) by repeating the
# documents of data/corpus/ (rebuilt when they change):
#   big.txt   >= 100 MB: the documents concatenated many times, each copy
#             followed by a blank line
#   docs/     the same bytes as many separate document files
#   1mb.txt   >= 1 MB, and 1gb.txt >= 1 GB (only if the disk has room)
# then measures one run of each with /usr/bin/time -v and prints the
# figures against the targets: extraction at least as fast as
# `LC_ALL=C.UTF-8 wc -w` on the same file, and the same peak RSS for 1 MB
# and 1 GB of input (memory must not grow with the input).
#
# Environment: CNSTAT_RULES (default data/indicators.rules);
# BENCH_STRICT=1 makes a missed target exit 1 (default: report only).

set -eu

if [ $# -ne 1 ]; then
    echo "usage: sh bench/extract.sh PATH/TO/cnstat" >&2
    exit 2
fi
case $1 in
/*) BIN=$1 ;;
*) BIN=$PWD/$1 ;;
esac
[ -x "$BIN" ] || { echo "bench: $BIN: not an executable" >&2; exit 2; }
cd "$(dirname "$0")/.."
SELF=bench/extract.sh
RULES=${CNSTAT_RULES:-data/indicators.rules}
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
    echo "bench: needs GNU time (/usr/bin/time); install it with: apt-get install -y time" >&2
    exit 1
fi
LC_ALL=C
export LC_ALL

MB=1000000
OUT=bench/corpus
mkdir -p "$OUT"
set -- data/corpus/*.txt
[ -e "$1" ] || { echo "bench: no data/corpus/*.txt" >&2; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/cnstat-bench.XXXXXX")
trap 'rm -rf "$T" "$OUT"/*.part "$OUT"/docs.part' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

size() { wc -c <"$1" | tr -d ' '; }

# ---- the corpus (cached; rebuilt when data/corpus changes) -------------------
# One round: every document, a newline added where the last line has none,
# then a blank line.
for f in "$@"; do
    cat "$f"
    [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" = '\n' ] || echo
    echo
done >"$T/round"
ROUND=$(size "$T/round")
STAMP=$(cksum "$@" "$SELF" | cksum)
if [ ! -f "$OUT/stamp" ] || [ "$(cat "$OUT/stamp")" != "$STAMP" ]; then
    echo "bench: building the corpus in $OUT/ ..." >&2
    rm -rf "$OUT/big.txt" "$OUT/1mb.txt" "$OUT/1gb.txt" "$OUT/docs" "$OUT/stamp"
    # rounds N FILE: N rounds, streamed into FILE.
    rounds() {
        i=0
        while [ "$i" -lt "$1" ]; do
            cat "$T/round"
            i=$((i + 1))
        done >"$2.part"
        mv "$2.part" "$2"
    }
    rounds $(((100 * MB + ROUND - 1) / ROUND)) "$OUT/big.txt"
    rounds $(((1 * MB + ROUND - 1) / ROUND)) "$OUT/1mb.txt"
    # The same documents as separate files: r00001-NAME.txt ...
    mkdir "$OUT/docs.part"
    n=$(((100 * MB + ROUND - 1) / ROUND))
    i=1
    while [ "$i" -le "$n" ]; do
        for f in "$@"; do
            b=$(printf 'r%05d-%s' "$i" "${f##*/}")
            cp "$f" "$OUT/docs.part/$b"
        done
        i=$((i + 1))
    done
    mv "$OUT/docs.part" "$OUT/docs"
    echo "$STAMP" >"$OUT/stamp"
fi
# 1 GB: only with room to spare (1 GB plus 1 GB free after it).
if [ ! -f "$OUT/1gb.txt" ]; then
    BIG=$(size "$OUT/big.txt")
    k=$(((1000 * MB + BIG - 1) / BIG))
    need_kb=$(((k * BIG + 1000 * MB) / 1024))
    free_kb=$(df -Pk "$OUT" | awk 'NR == 2 { print $4 }')
    if [ "$free_kb" -gt "$need_kb" ]; then
        echo "bench: building $OUT/1gb.txt ..." >&2
        i=0
        while [ "$i" -lt "$k" ]; do
            cat "$OUT/big.txt"
            i=$((i + 1))
        done >"$OUT/1gb.part"
        mv "$OUT/1gb.part" "$OUT/1gb.txt"
    else
        echo "bench: not enough disk for a 1 GB input ($((free_kb / 1024)) MiB free, need $((need_kb / 1024)) MiB); skipping it" >&2
    fi
fi

# ---- measuring ------------------------------------------------------------------
# measure NAME CMD...: one run under /usr/bin/time -v, stdout discarded;
# sets SECS (wall clock) and RSS (KiB).  Fails if the command fails.
measure() {
    name=$1
    shift
    if ! "$TIME" -v -o "$T/time" "$@" >/dev/null 2>"$T/err"; then
        echo "bench: $name failed:" >&2
        head -n 5 "$T/err" >&2
        grep 'exit status' "$T/time" >&2 || true
        exit 1
    fi
    SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, t, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + t[i]
        print s }' "$T/time")
    RSS=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$T/time")
}
# rate BYTES SECS: MB/s (a floor of 0.01 s against a zero reading).
rate() {
    awk -v b="$1" -v s="$2" 'BEGIN { if (s < 0.01) s = 0.01; printf "%.1f", b / 1e6 / s }'
}
mib() {
    awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'
}

missed=0
BIGSZ=$(size "$OUT/big.txt")
BIGMB=$((BIGSZ / MB))
set -- "$OUT"/docs/*.txt
NDOCS=$#
DOCSZ=$(cat "$@" | wc -c | tr -d ' ')

cat "$OUT/big.txt" >/dev/null # both runs start from the page cache

measure "extract $OUT/big.txt" "$BIN" extract -r "$RULES" "$OUT/big.txt"
ex_s=$SECS ex_rss=$RSS
ex_rate=$(rate "$BIGSZ" "$SECS")
measure "wc -w" env LC_ALL=C.UTF-8 wc -w "$OUT/big.txt"
wc_s=$SECS
wc_rate=$(rate "$BIGSZ" "$SECS")
ratio=$(awk -v a="$ex_rate" -v b="$wc_rate" 'BEGIN { printf "%.2f", a / b }')
verdict=ok
awk -v r="$ratio" 'BEGIN { exit !(r >= 1.0) }' || { verdict=MISSED; missed=1; }
printf 'extract %dMB: %6.2f s %7.1f MB/s   wc -w: %6.2f s %7.1f MB/s   ratio %s (target >= 1.0) %s\n' \
    "$BIGMB" "$ex_s" "$ex_rate" "$wc_s" "$wc_rate" "$ratio" "$verdict"

measure "extract $OUT/docs/" "$BIN" extract -r "$RULES" "$@"
printf 'extract %d files, %dMB: %6.2f s %7.1f MB/s   peak RSS %s\n' \
    "$NDOCS" "$((DOCSZ / MB))" "$SECS" "$(rate "$DOCSZ" "$SECS")" "$(mib "$RSS")"

measure "extract $OUT/1mb.txt" "$BIN" extract -r "$RULES" "$OUT/1mb.txt"
small_rss=$RSS
line="peak RSS: 1MB $(mib "$small_rss"), ${BIGMB}MB $(mib "$ex_rss")"
if [ -f "$OUT/1gb.txt" ]; then
    GBSZ=$(size "$OUT/1gb.txt")
    measure "extract $OUT/1gb.txt" "$BIN" extract -r "$RULES" "$OUT/1gb.txt"
    big_rss=$RSS
    line="$line, 1GB $(mib "$big_rss")   (1GB: $(printf '%.2f' "$SECS") s, $(rate "$GBSZ" "$SECS") MB/s)"
else
    big_rss=$ex_rss
    line="$line, 1GB skipped (no disk room; comparing ${BIGMB}MB)"
fi
# "The same": within 10 % or 1 MiB, whichever is larger.
if awk -v a="$small_rss" -v b="$big_rss" 'BEGIN {
        d = b - a; lim = a / 10; if (lim < 1024) lim = 1024; exit !(d <= lim) }'; then
    verdict=ok
else
    verdict=MISSED
    missed=1
fi
echo "$line   target: the same  $verdict"

if [ "$missed" -ne 0 ] && [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
fi
exit 0
