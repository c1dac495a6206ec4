#!/bin/sh
# End-to-end tests of `cnstat plot`: every chart kind rendered to PNG, PDF,
# SVG and a gnuplot script, checked structurally (PNG size and ink, PDF page
# size to the point, embedded fonts, selectable text, SVG that parses), byte
# identity across two runs, the gnuplot script run by gnuplot, and strings
# from documents that try to run commands through gnuplot.
#
# Usage: sh tests/plot.sh PATH/TO/cnstat PATH/TO/pngcheck
set -u
BIN=$1
PNGCHECK=$2
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
case $PNGCHECK in /*) ;; *) PNGCHECK=$PWD/$PNGCHECK ;; esac
LC_ALL=C
export LC_ALL
T=$(mktemp -d "${TMPDIR:-/tmp}/cnstat-plot.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
npass=0
nfail=0
ok() { npass=$((npass + 1)); echo "ok - $1"; }
notok() {
    nfail=$((nfail + 1))
    echo "not ok - $1: $2"
    [ -s "$T/err" ] && head -n 5 "$T/err" | sed 's/^/#   stderr: /'
}
have() { command -v "$1" >/dev/null 2>&1; }

D=$T/data
mkdir -p "$D"
cp -R data/manual "$D/manual"
cp data/overrides.csv data/fx.csv data/indicators.rules "$D/"
"$BIN" extract -r data/indicators.rules -o "$D/facts.csv" data/corpus/*.txt 2>"$T/err" &&
    "$BIN" series -o "$D/series" --overrides "$D/overrides.csv" --manual "$D/manual" "$D/facts.csv" 2>"$T/err" ||
    { notok "building the data" "extract or series failed"; echo "$npass passed, $nfail failed"; exit 1; }

plot() { "$BIN" plot --data "$D" "$@" >"$T/out" 2>"$T/err"; }

# ---- every kind in every cairo format ---------------------------------------
for spec in "line:netizens mobile_netizens" "line:fund_assets --entity money" "bar:funding_round --currency USD" \
    "growth:netizens" "dashboard:netizens 3g_users third_party_payments funding_round"; do
    kind=${spec%%:*}
    args=${spec#*:}
    name=$(echo "$spec" | tr ' :' '__' | tr -cd 'a-z_')
    # shellcheck disable=SC2086 # the indicator list splits into words
    if ! plot $args --kind "$kind" -o "$T/$name.png" -o "$T/$name.pdf" -o "$T/$name.svg" --size 160x100mm --dpi 144; then
        notok "$kind ($args)" "exit status"
        continue
    fi
    why=
    set -- $("$PNGCHECK" "$T/$name.png" 2>/dev/null)
    # 160 x 100 mm at 144 dpi = 907 x 567 pixels
    if [ "${1:-0}" -ne 907 ] || [ "${2:-0}" -ne 567 ]; then
        why="PNG is ${1:-?}x${2:-?}, not 907x567"
    elif [ "${3:-0}" -lt 5000 ]; then
        why="PNG nearly blank (${3:-0} inked pixels)"
    fi
    if [ -z "$why" ] && have pdfinfo; then
        size=$(pdfinfo "$T/$name.pdf" 2>/dev/null | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p')
        # 160 mm = 453.54 pt, 100 mm = 283.46 pt
        case $size in "453.543 283.465" | "453.54 283.46") ;; *) why="PDF page is '$size' pt, not 453.54 x 283.46" ;; esac
    fi
    if [ -z "$why" ] && have pdffonts; then
        pdffonts "$T/$name.pdf" >"$T/fonts" 2>/dev/null
        if ! awk 'NR > 2 && $(NF-4) == "yes" && $(NF-3) == "yes" {ok = 1} END {exit !ok}' "$T/fonts"; then
            why="fonts not embedded and subset: $(sed -n 3p "$T/fonts")"
        fi
    fi
    if [ -z "$why" ] && have pdftotext; then
        pdftotext "$T/$name.pdf" - >"$T/text" 2>/dev/null
        if ! grep -q "Sources:" "$T/text"; then
            why="pdftotext finds no footnote text"
        fi
    fi
    if [ -z "$why" ] && ! grep -q '<svg' "$T/$name.svg"; then
        why="SVG has no <svg> element"
    fi
    if [ -z "$why" ] && have python3; then
        python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$T/$name.svg" 2>/dev/null ||
            why="SVG does not parse as XML"
    fi
    if [ -z "$why" ]; then ok "$kind ($args): PNG, PDF, SVG"; else notok "$kind ($args)" "$why"; fi
done

# ---- text: title and tick labels are selectable; Chinese names render -------
plot netizens --title "Netizens in China" -o "$T/t.pdf"
if have pdftotext; then
    pdftotext "$T/t.pdf" - >"$T/text" 2>/dev/null
    if grep -q "Netizens in China" "$T/text" && grep -q "2012" "$T/text"; then
        ok "PDF text: title and tick labels found by pdftotext"
    else
        notok "PDF text: title and tick labels found by pdftotext" "$(tr '\n' ' ' <"$T/text" | head -c 200)"
    fi
fi
# a span of one year is written once: "people, 2013", not "2013–2013"
plot active_users --kind line -o "$T/one.pdf"
if have pdftotext; then
    pdftotext "$T/one.pdf" - >"$T/text" 2>/dev/null
    if grep -q "^people, 2013$" "$T/text" && ! grep -q "2013.2013" "$T/text"; then
        ok "subtitle: a one-year span is one year"
    else
        notok "subtitle: a one-year span is one year" "$(head -n 3 "$T/text" | tr '\n' ' ')"
    fi
fi
plot netizens --title "余额宝 淘宝" -o "$T/cjk.pdf"
if have pdftotext && have pdffonts; then
    pdftotext "$T/cjk.pdf" - 2>/dev/null | grep -q "余额宝" && pdffonts "$T/cjk.pdf" | grep -qi "cjk" &&
        ok "Chinese title: characters with a CJK font" || notok "Chinese title" "no CJK text or font in the PDF"
fi

# ---- fonts: the in-memory configuration and the system's draw the same -------
# (chart_fonts.c: the chart's families from cached font directories, else
# the system configuration; rendering options fixed in both)
plot netizens -o "$T/f-mini.png" -o "$T/f-mini.pdf"
CNSTAT_FONT_DIRS=system plot netizens -o "$T/f-sys.png" -o "$T/f-sys.pdf"
CNSTAT_FONT_DIRS=/nonexistent/fonts plot netizens -o "$T/f-none.png" -o "$T/f-none.pdf"
if [ -s "$T/f-mini.png" ] && [ -s "$T/f-sys.png" ] && [ -s "$T/f-none.png" ] &&
    cmp -s "$T/f-mini.png" "$T/f-sys.png" && cmp -s "$T/f-sys.png" "$T/f-none.png"; then
    ok "fonts: in-memory configuration, system configuration and a missing directory give the same PNG"
else
    notok "fonts" "the PNGs differ or are missing"
fi
if have pdffonts; then
    a=$(pdffonts "$T/f-mini.pdf" 2>/dev/null | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | tr '\n' ' ')
    b=$(pdffonts "$T/f-sys.pdf" 2>/dev/null | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | tr '\n' ' ')
    case $a in
    *DejaVuSans*) [ "$a" = "$b" ] && ok "fonts: the PDF embeds $a either way" || notok "fonts in PDF" "'$a' vs '$b'" ;;
    *) notok "fonts in PDF" "no DejaVu Sans: '$a'" ;;
    esac
fi

# ---- determinism -------------------------------------------------------------
plot netizens -o "$T/a.png" -o "$T/a.pdf" -o "$T/a.svg"
plot netizens -o "$T/b.png" -o "$T/b.pdf" -o "$T/b.svg"
if cmp -s "$T/a.png" "$T/b.png" && cmp -s "$T/a.pdf" "$T/b.pdf" && cmp -s "$T/a.svg" "$T/b.svg"; then
    ok "two runs: identical PNG, PDF and SVG bytes"
else
    notok "two runs: identical PNG, PDF and SVG bytes" "files differ"
fi
# many processes, each with its own address-space layout: igzip's levels 1
# and 2 gave other bytes in about one process in a hundred (pngenc.c)
differ=0
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
    plot netizens -o "$T/r.png"
    cmp -s "$T/r.png" "$T/a.png" || differ=$((differ + 1))
done
[ "$differ" = 0 ] && ok "25 processes: identical PNG bytes" || notok "25 processes" "$differ PNGs differ"
SOURCE_DATE_EPOCH=1400000000 "$BIN" plot --data "$D" netizens -o "$T/e.pdf" 2>"$T/err"
if grep -a -q "CreationDate (D\{0,1\}:\{0,1\}20140513" "$T/e.pdf"; then ok "PDF date from SOURCE_DATE_EPOCH"; else notok "PDF date from SOURCE_DATE_EPOCH" "no CreationDate 2014-05-13"; fi

# ---- sizes and errors --------------------------------------------------------
plot netizens --size 4x3in --dpi 100 -o "$T/s.png"
set -- $("$PNGCHECK" "$T/s.png" 2>/dev/null)
if [ "${1:-0}" -eq 400 ] && [ "${2:-0}" -eq 300 ]; then ok "--size 4x3in --dpi 100: 400x300 pixels"; else notok "--size in inches" "${1:-?}x${2:-?}"; fi
plot netizens --size 800x500px -o "$T/p.png"
set -- $("$PNGCHECK" "$T/p.png" 2>/dev/null)
if [ "${1:-0}" -eq 800 ] && [ "${2:-0}" -eq 500 ]; then ok "--size 800x500px: 800x500 pixels"; else notok "--size in pixels" "${1:-?}x${2:-?}"; fi
plot netizen -o "$T/x.png"
if [ $? -eq 2 ] && grep -q "did you mean 'netizens'" "$T/err"; then ok "unknown indicator: did you mean"; else notok "unknown indicator" "no suggestion"; fi
plot netizens -o "$T/x.bmp"
if [ $? -ne 0 ] && [ ! -e "$T/x.bmp" ]; then ok "unknown format refused, nothing written"; else notok "unknown format" "accepted"; fi
ls "$T" | grep -q '\.tmp' && notok "no temporary files left" "$(ls "$T" | grep '\.tmp')" || ok "no temporary files left"

# ---- batch --------------------------------------------------------------------
cat >"$T/batch" <<EOB
# one chart per line
netizens -o $T/b1.png -o $T/b1.pdf -o $T/b1.svg
fund_assets --entity "money market" --to 2001 --log -o $T/b2.png
funding_round --kind bar --currency USD -o $T/b3.png
EOB
if "$BIN" plot --data "$D" --batch "$T/batch" 2>"$T/err" && [ -s "$T/b1.png" ] && [ -s "$T/b1.pdf" ] && [ -s "$T/b2.png" ] && [ -s "$T/b3.png" ]; then
    ok "--batch: three charts in one process"
else
    notok "--batch: three charts in one process" "missing outputs"
fi
# The files are written by several threads (CNSTAT_JOBS, default one
# per processor): the bytes do not depend on how many there are.
for j in 1 2 3; do
    mkdir -p "$T/j$j"
    sed "s|$T/b|$T/j$j/b|g" "$T/batch" >"$T/batch$j"
    CNSTAT_JOBS=$j "$BIN" plot --data "$D" --batch "$T/batch$j" 2>"$T/err" || notok "--batch with $j threads" "exit status"
done
same=yes
for f in b1.png b1.pdf b1.svg b2.png b3.png; do
    cmp -s "$T/j1/$f" "$T/j2/$f" && cmp -s "$T/j1/$f" "$T/j3/$f" || same="no ($f)"
done
[ "$same" = yes ] && ok "--batch: the same bytes written by 1, 2 or 3 threads" || notok "--batch threads" "files differ: $same"
# A batch draws each PNG in pixels kept from the chart before it: nothing
# of the earlier chart may show through.
"$BIN" plot --data "$D" funding_round --kind bar --currency USD -o "$T/alone3.png" 2>"$T/err" &&
    "$BIN" plot --data "$D" fund_assets --entity "money market" --to 2001 --log -o "$T/alone2.png" 2>>"$T/err"
if cmp -s "$T/alone3.png" "$T/j1/b3.png" && cmp -s "$T/alone2.png" "$T/j2/b2.png"; then
    ok "--batch: each PNG the same bytes as drawn alone"
else
    notok "--batch PNGs drawn alone" "files differ"
fi
# Failures are reported in the order of the batch, whoever drew them, and
# do not stop the other files.
cat >"$T/badbatch" <<EOB
netizens -o $T/nodir/a.png -o $T/jb1.png -o $T/nodir/b.pdf
funding_round --kind bar -o $T/jb2.png -o $T/nodir/c.png
EOB
CNSTAT_JOBS=1 "$BIN" plot --data "$D" --batch "$T/badbatch" 2>"$T/err1"
r1=$?
rm -f "$T/jb1.png" "$T/jb2.png"
CNSTAT_JOBS=2 "$BIN" plot --data "$D" --batch "$T/badbatch" 2>"$T/err2"
r2=$?
if [ $r1 -eq 1 ] && [ $r2 -eq 1 ] && cmp -s "$T/err1" "$T/err2" && [ -s "$T/jb1.png" ] && [ -s "$T/jb2.png" ] &&
    [ "$(grep -c 'nodir' "$T/err2")" -eq 3 ] && grep -q "badbatch:2: this chart failed" "$T/err2" &&
    head -n 1 "$T/err2" | grep -q "nodir/a.png"; then
    ok "--batch: failed files reported in batch order, the others drawn"
else
    notok "--batch failures" "exit $r1/$r2; $(tr '\n' '|' <"$T/err2")"
fi

# outputs through symbolic links and into FIFOs: the link and the FIFO stay
mkdir -p "$T/ln"
ln -s real.png "$T/ln/a.png"
ln -s real.gp "$T/ln/a.gp"
mkfifo "$T/ln/f.svg"
timeout -k 5 60 cat "$T/ln/f.svg" >"$T/ln/got.svg" &
reader=$!
plot netizens -o "$T/ln/a.png" -o "$T/ln/a.gp" -o "$T/ln/f.svg"
r=$?
wait "$reader"
if [ "$r" -eq 0 ] && [ -L "$T/ln/a.png" ] && [ -L "$T/ln/a.gp" ] && [ -p "$T/ln/f.svg" ] &&
    [ "$(head -c 8 "$T/ln/real.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] &&
    grep -q "set terminal" "$T/ln/real.gp" && grep -q "<svg" "$T/ln/got.svg"; then
    ok "outputs through symbolic links and into a FIFO: written, links and FIFO kept"
else
    notok "outputs through links and FIFOs" "exit $r; $(ls -l "$T/ln" | tr '\n' '|')"
fi

# ---- gnuplot --------------------------------------------------------------------
plot netizens mobile_netizens -o "$T/g.gp"
if [ -s "$T/g.gp" ] && grep -q "set terminal" "$T/g.gp" && grep -q "EOD" "$T/g.gp"; then
    ok "gnuplot script written"
    if have gnuplot; then
        (cd "$T" && gnuplot g.gp >/dev/null 2>"$T/err") && [ -s "$T/g.png" ] && ok "gnuplot runs the script" ||
            notok "gnuplot runs the script" "no g.png"
    fi
else
    notok "gnuplot script written" "no script"
fi
# a hostile entity name from a document
mkdir -p "$T/evil/series"
cat >"$T/evil/series/users.csv" <<'EOC'
indicator,entity,period,value,unit,qualifier,kind,sources,flags,alternatives,files,note
users,`touch pwned`,2011,100,people,exact,observed,1,,,x.txt:1,
users,`touch pwned`,2012,200,people,exact,observed,1,,,x.txt:2,
users,"""; system(""touch pwned""); """,2011,150,people,exact,observed,1,,,x.txt:3,
users,"""; system(""touch pwned""); """,2012,250,people,exact,observed,1,,,x.txt:4,
EOC
(cd "$T/evil" && "$BIN" plot --data "$T/evil" users --title '`touch pwned` "; system("touch pwned")' -o evil.gp --render >/dev/null 2>&1)
if [ ! -e "$T/evil/pwned" ] && [ ! -e "$T/pwned" ] && ! grep -q '`' "$T/evil/evil.gp" 2>/dev/null; then
    ok "gnuplot: names from documents cannot run commands"
else
    notok "gnuplot: names from documents cannot run commands" "a file 'pwned' appeared or a backquote is in the script"
fi

echo "$npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
