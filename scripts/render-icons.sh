#!/usr/bin/env bash
# Renders the PNG icons from their SVG sources with headless Chromium (run by hand after
# changing an icon; the PNGs are committed so builds never need this).
set -euo pipefail
cd "$(dirname "$0")/.."
render() { # svg size out
  local html; html=$(mktemp --suffix=.html)
  printf '<html><body style="margin:0"><img src="file://%s" width="%s" height="%s" style="display:block"></body></html>' \
    "$PWD/$1" "$2" "$2" >"$html"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --hide-scrollbars --default-background-color=00000000 --window-size="$2,$2" --screenshot="$3" "file://$html" 2>/dev/null
  rm -f "$html"
}
render public/icons/icon.svg 192 public/icons/icon-192.png
render public/icons/icon.svg 512 public/icons/icon-512.png
render scripts/icon-maskable.svg 512 public/icons/icon-maskable-512.png
