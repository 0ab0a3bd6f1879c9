#!/usr/bin/env bash
# Screenshots of every screen under Xvfb, in French and English, at 1366x768 and at 200 % (2732x1536).
# Usage: tools/screenshots.sh            -> PNGs in /tmp/shots/
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=/tmp/shots
mkdir -p "$OUT"
shoot() {  # shoot LANG SCALE WIDTH HEIGHT DISPLAY [TEXT_SCALE]
  local lang=$1 scale=$2 w=$3 h=$4 disp=$5 text=${6:-100}
  Xvfb "$disp" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  DISPLAY=$disp QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb \
    .venv/bin/python tools/screenshot_tour.py --lang "$lang" --out "$OUT" --tag "${lang}-x${scale}-t${text}" \
    --text-scale "$text" || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
}
shoot fr 1 1366 768 :99
shoot en 1 1366 768 :98
shoot fr 2 2732 1536 :97
shoot en 2 2732 1536 :96
shoot fr 1 1366 768 :95 150
ls -1 "$OUT"
