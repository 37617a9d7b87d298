#!/bin/bash
# The window rows of issue 12's targets, measured on a real X display as a person would meet them:
# how soon the window is mapped and when it settles, the heap after a full GC with the workshop open,
# and every FX pulse over 100 ms (JavaFX's pulse logger) while a scripted tour switches screens, types
# in the initiatives filter and hovers the divergence map.
#
#   src/bench/scripts/window-targets.sh STORE [LABEL]
#
# Needs target/parley (mvn -B -q -DskipTests package), an X server on $DISPLAY (default :99, e.g.
# `Xvfb :99 -screen 0 1280x800x24 &`), xdotool and the JDK's jcmd. The store must be plain (no
# passphrase), e.g. one made by `target/parley --db STORE generate Big --initiatives 10000`.
set -euo pipefail
store=$(realpath "$1")
label=${2:-$(basename "$(dirname "$store")")}
here=$(cd "$(dirname "$0")/../../.." && pwd)
export DISPLAY=${DISPLAY:-:99}
log="$(dirname "$store")/parley.log"

pulses_since() {   # the pulses over the threshold logged after line $1 of the log
  tail -n +"$(($1 + 1))" "$log" | grep -o 'PULSE: .*' | tr '\n' ' '
}
lines() { if [ -f "$log" ]; then wc -l < "$log"; else echo 0; fi; }

first=$(lines)
start=$(date +%s.%N)
PARLEY_JAVA_OPTIONS="-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=100" \
  "$here/target/parley" --db "$store" >/dev/null 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  xdotool search --onlyvisible --name "Parley" >/dev/null 2>&1 && break
  sleep 0.1
done
mapped=$(date +%s.%N)
pid=$(pgrep -f -- "--db $store" | head -1)
previous=-100; quiet=0
for _ in $(seq 1 600); do   # settled: under 5 ticks of CPU in each of four half seconds
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  if [ $((ticks - previous)) -lt 5 ]; then quiet=$((quiet + 1)); else quiet=0; fi
  previous=$ticks
  [ $quiet -ge 4 ] && break
  sleep 0.5
done
settled=$(date +%s.%N)
printf '%s: window mapped after %.1f s, settled after %.1f s (%.1f s of CPU)\n' "$label" \
  "$(echo "$mapped - $start" | bc)" "$(echo "$settled - $start" | bc)" "$(echo "$previous / 100" | bc -l)"
echo "$label: pulses over 100 ms while loading: $(pulses_since "$first")"

tour() {   # one step of the tour, and the pulses over 100 ms it caused
  local before; before=$(lines)
  "$@"
  sleep 3
  echo "$label: $* -> $(pulses_since "$before")"
}
for screen in 3 1 4 5 6 2 3 1 4 5; do tour xdotool key "ctrl+$screen"; done
tour xdotool key ctrl+1 key ctrl+f type --delay 120 "Nordics 00"
tour xdotool key ctrl+3 mousemove 450 420 mousemove 500 450 mousemove 550 480 mousemove 600 500
jcmd "$pid" GC.run >/dev/null
echo "$label: heap after a full GC: $(jcmd "$pid" GC.heap_info | awk '/tenured|def new|garbage-first/ {print}' | tr -s ' ' | tr '\n' ';')"
echo "$label: resident memory $(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$pid/status")"
xdotool key ctrl+q
wait $launcher || true
