#!/usr/bin/env bash
# Screenshot of an HTML report with headless Chromium (Debian package `chromium`), to check that it renders.
# Usage: dashboards/scripts/screenshot-report.sh REPORT.html OUT.png [WIDTHxHEIGHT]
set -euo pipefail
html=${1:?usage: screenshot-report.sh REPORT.html OUT.png [WIDTHxHEIGHT]}
png=${2:?usage: screenshot-report.sh REPORT.html OUT.png [WIDTHxHEIGHT]}
size=${3:-1200x2400}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "no Chromium at $chromium (apt-get install chromium, or set CHROMIUM)" >&2; exit 3; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-extensions \
  --hide-scrollbars --no-first-run --user-data-dir="$profile" --window-size="${size/x/,}" \
  --screenshot="$(realpath -m "$png")" "file://$(realpath "$html")" >/dev/null 2>&1
[ -s "$png" ] || { echo "Chromium wrote no screenshot to $png" >&2; exit 1; }
echo "$png"
