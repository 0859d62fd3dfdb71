#!/bin/sh
# Writes Runtime/OCaml/primitives.txt: every C name the OCaml runtime exports
# (`@c(...)` in Runtime/OCaml/*.swift), sorted, one per line. The front end checks
# a program's used primitives against it at build time; OCamlRuntimeTests checks that the
# file is up to date.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
grep -ho '@c([A-Za-z0-9_]*)' "$root"/Runtime/OCaml/*.swift \
    | sed 's/@c(\(.*\))/\1/' | LC_ALL=C sort -u > "$root/Runtime/OCaml/primitives.txt"
