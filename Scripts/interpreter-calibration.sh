#!/bin/sh
# Kiln's bytecode interpreter on the host (kiln-ocamlrun, release build) against Debian's
# ocamlrun, on the same .byte files: checks that both print the same thing, then prints a
# Markdown table of the best of N runs (user + system CPU time) and the ratio. With
# COUNT=1, also the instructions each executes (valgrind --tool=callgrind, slow).
#   Scripts/interpreter-calibration.sh .build/samples/ocaml/*.byte     (make interpreter-calibration)
set -e
KOR=${KOR:-.build/release/kiln-ocamlrun}
RUNS=${RUNS:-5}
[ -x "$KOR" ] || { echo "$KOR missing: swift build -c release --product kiln-ocamlrun" >&2; exit 1; }

timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

# Best CPU time (seconds) of $RUNS runs of "$@".
best() {
    b=""
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$timing" -f "%U %S" "$@" >/dev/null 2>/dev/null
        t=$(awk '{printf "%.3f", $1 + $2}' "$timing")
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
    done
    echo "$b"
}

instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'
}

if [ -n "$COUNT" ]; then
    echo "| program | ocamlrun (s) | Kiln interpreter (s) | ratio | ocamlrun instructions | Kiln instructions | ratio |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
else
    echo "| program | ocamlrun (s) | Kiln interpreter (s) | ratio |"
    echo "|---|---:|---:|---:|"
fi
for byte in "$@"; do
    name=$(basename "$byte" .byte)
    expected=$(ocamlrun "$byte")
    actual=$("$KOR" --allow-missing "$byte") || { echo "| $name | $name failed under kiln-ocamlrun (exit $?) |"; continue; }
    if [ "$expected" != "$actual" ]; then echo "| $name | output differs from ocamlrun |"; continue; fi
    a=$(best ocamlrun "$byte")
    b=$(best "$KOR" --allow-missing "$byte")
    ratio=$(echo "scale=2; $b / $a" | bc)
    if [ -n "$COUNT" ]; then
        ia=$(instructions ocamlrun "$byte" | tr -d ,)
        ib=$(instructions "$KOR" --allow-missing "$byte" | tr -d ,)
        echo "| $name | $a | $b | $ratio | $ia | $ib | $(echo "scale=2; $ib / $ia" | bc) |"
    else
        echo "| $name | $a | $b | $ratio |"
    fi
done
