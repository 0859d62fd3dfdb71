#!/bin/sh
# Writes Runtime/OCaml/primitives.txt: every C name the OCaml runtime exports
# (`@_cdecl("...")` in Runtime/OCaml/*.swift), sorted, one per line. The front end checks
# a program's used primitives against it at build time; OCamlRuntimeTests checks that the
# file is up to date.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
grep -ho '@_cdecl("[A-Za-z0-9_]*")' "$root"/Runtime/OCaml/*.swift \
    | sed 's/@_cdecl("\(.*\)")/\1/' | LC_ALL=C sort -u > "$root/Runtime/OCaml/primitives.txt"
