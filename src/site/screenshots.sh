#!/usr/bin/env bash
# Takes the README's screenshots from target/parley.jar on a fresh store, under Xvfb.
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool x11-utils
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/site/resources/images
store=$(mktemp -d)/screens
export DISPLAY=${SCREEN_DISPLAY:-:97}
Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; pkill -f "parley.jar --db $store" || true' EXIT
sleep 1
# The store made first, by a command: the window would ask how to create it (plain or encrypted).
java -jar target/parley.jar --db "$store" workshops >/dev/null
java -jar target/parley.jar --db "$store" >/dev/null 2>&1 &
for _ in $(seq 1 60); do
  window=$(xdotool search --name '^Parley$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 0.5
done
sleep 4
shot() { sleep "${2:-1.5}"; import -window "$window" "$out/$1.png"; }
key() { xdotool windowfocus "$window"; xdotool key "$@"; }
click() { xdotool mousemove --window "$window" "$1" "$2" click 1; }

shot initiatives
key ctrl+2
sleep 1
# The chooser's first button: score as the CISO; then confirm the handover with Enter.
xdotool mousemove --window "$window" 604 491 click 1
sleep 1
key Return
shot scoring-revealed 2
# Open round 2 of the first initiative: the blank, blind form a party scores with the keyboard.
click 758 307
sleep 2
key 3 Tab 4
shot scoring-form 1
key ctrl+3
shot divergence 3
key ctrl+4
shot negotiation 3
key ctrl+5
shot register 3
key ctrl+6
shot audit 3
key ctrl+7
shot workshop-setup
