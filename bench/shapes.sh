#!/bin/bash
# make bench (input shapes): the extractor on inputs built to find a loop
# that grows faster than its input (a search back over a block's tokens or
# dates for every figure): each shape is one unit repeated to about 4 MB,
# as one long line or as many lines, timed once.  Prints the seconds and
# MB/s of each; a shape far slower than the rest is a quadratic reader.
# (The shapes of stops 43 to 46; the corpus benchmark above measures the
# ordinary rate.)
set -u
BIN=$1
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/cnstat-shapes.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
SIZE=${SHAPE_BYTES:-4194304}

# shape NAME SEPARATOR UNIT: UNIT repeated, joined by SEPARATOR ("line":
# a newline, "blank": a blank line, else a space), to SIZE bytes
shape() {
    awk -v unit="$3" -v sep="$2" -v size="$SIZE" 'BEGIN {
        s = sep == "line" ? "\n" : sep == "blank" ? "\n\n" : " "
        n = 0
        while (n < size) { printf "%s%s", unit, s; n += length(unit) + length(s) }
        printf "\n"
    }' >"$T/$1.txt"
}

shape sentences-one-line space "In 2011 China had 513 million Internet users."
shape words-no-figures space "lorem ipsum dolor sit amet consectetur"
shape table-cells-one-line space " 2010  457,300  34.3% "
shape change-lines line "China had 513 million Internet users in 2011, up 12.5 percent"
shape table-rows-no-header line "2010      45,730    51,310    63,200"
shape compared-lines line "As of June 30, 2015, Alipay had 400 million users, an increase of 20 million over the end of 2014."
shape deals-lines line "Tencent raised \$1 billion in a Series A round led by Sequoia on March 3, 2015; Alibaba invested \$2 billion."
shape year-tables blank "Year   2010   2011   2012
Internet users (10,000)   45,730   51,310   56,400"
shape dated-items blank "2011-12-09 WeChat users exceeded 50 million."
shape pronoun-lines line "It rose 5% to 100 million. The company said it had 20 million users. They grew 3%."
shape festival-one-line space "Alibaba sales on Singles Day reached 100 million yuan and in 2019 from November 1-11 it took 5 billion yuan and"
shape measure-rows line "  2010      2011      2012
  Number   5.35  16.74  45.24"
shape lists-and-dates space "In addition, netizens numbered 500 million and 600 million and 700 million at the end of 2012 and 2013 and 2014, compared with 400 million from 167 funds the previous year, 618 times that of 1997;"
shape asides-one-line space "Gross merchandise volume, the total value of goods sold across the group platforms, reached 268.4 billion yuan in 2019, reaching 300 million,"
# (sentences in Chinese, all on one line, each a level, its change and a
# rate: stop 47's reader of Chinese)
shape chinese-one-line space "截至2023年12月，我国网民规模达10.92亿人，较2022年12月增长2480万人，互联网普及率达77.5%。"
shape year-headings line "2019
Cryptocurrency is banned, but blockchain, its underlying system, is adopted across industries and sales hit 5 billion yuan"

# (two parts: a paragraph with a figure, then one long line of words and
# then of changes whose subject is "the figure", each of which looks back
# for a figure before it in its block: stop 46)
awk -v size="$SIZE" 'BEGIN {
    printf "Weibo monthly active users stood at 486 million.\n\n"
    n = 0
    while (n < size / 2) { printf "then some words here without figures at all. "; n += 46 }
    while (n < size) { printf "the figure rose 5 percent. "; n += 27 }
    printf "\n"
}' >"$T/words-then-changes.txt"

printf 'input shapes (%d bytes each, one run):\n' "$SIZE"
for f in "$T"/*.txt; do
    name=$(basename "$f" .txt)
    t0=${EPOCHREALTIME/,/.}
    "$BIN" extract -o "$T/out.csv" "$f" || { echo "  $name: cnstat failed"; exit 1; }
    t1=${EPOCHREALTIME/,/.}
    awk -v n="$name" -v a="$t0" -v b="$t1" -v s="$SIZE" \
        'BEGIN { d = b - a; printf "  %-22s %7.2f s  %7.1f MB/s\n", n, d, s / 1e6 / (d > 0 ? d : 1e-9) }'
done
