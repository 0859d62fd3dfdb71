#!/bin/sh
# Renders a `kiln bench --chart` SVG with headless Chromium, the documented readability check
# of the chart (Docs/benchmarks.md): look at the PNG. Chromium is installed when missing; it is
# not in the Makefile's deps, which `make test` installs (too big for that).
#
#   Scripts/chart-screenshot.sh [chart.svg [out.png]]   # default .build/bench-chart.svg -> Docs/bench-chart.png
set -eu
svg=${1:-.build/bench-chart.svg}
png=${2:-Docs/bench-chart.png}
[ -f "$svg" ] || { echo "$svg: error: no such file (make it with kiln bench --chart)" >&2; exit 1; }

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "chart-screenshot: installing chromium" >&2
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
    browser=$(command -v chromium)
fi

# The window is the chart's own size (its width and height attributes), so nothing is cut off
# or padded.
width=$(sed -n 's/.*<svg[^>]* width="\([0-9.]*\)".*/\1/p' "$svg" | head -1 | cut -d. -f1)
height=$(sed -n 's/.*<svg[^>]* height="\([0-9.]*\)".*/\1/p' "$svg" | head -1 | cut -d. -f1)
case "$svg" in /*) url="file://$svg" ;; *) url="file://$(pwd)/$svg" ;; esac
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Chromium writes the PNG itself; its chatter on stderr (GPU, D-Bus) is not ours to show.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$out/profile" \
    --screenshot="$out/shot.png" --window-size="${width:-900},${height:-600}" "$url" >"$out/log" 2>&1 || {
    cat "$out/log" >&2
    exit 1
}
mv "$out/shot.png" "$png"
echo "chart-screenshot: $png (${width}x${height}) from $svg"
