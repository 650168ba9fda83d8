#!/usr/bin/env bash
# CPU per typed character in a real window (Xvfb, Mesa's llvmpipe software OpenGL),
# side by side in one run:
#   1. a bare eframe window of the same size with one multi-line text field (the yardstick),
#   2. rbr's questions screen, typing into Evidence (short text),
#   3. the same with 1 MB of evidence in the field,
# and the idle CPU with the field focused (the cursor blinks).
# Also: time from start to a usable window for a 16 MiB file (the size limit).
#
#   benches/typing-window.sh [CHARS]      (needs xvfb, xdotool; builds release first)
#   EVIDENCE_X/EVIDENCE_Y: where the Evidence field is (1060, 500 at 1280x800)
set -euo pipefail
cd "$(dirname "$0")/.."
chars=${1:-60}
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "typing-window: needs $tool (apt-get install xvfb xdotool)" >&2; exit 2; }
done
cargo build --release --quiet --bin rbr --example bare_text_field
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
src = json.load(open("assessments/examples/energy-transport-ministry.rbr.json"))
json.dump(src, open(f"{work}/short.rbr.json", "w"), ensure_ascii=False, indent=2)
# 1 MB of evidence, written as people write it: paragraphs of a few lines.
para = ("Կառավարության 2025 թվականի որոշմամբ հաստատված կարգի համաձայն "
        "fuel stock inspection report, depot 4, signed by the head of division. ") * 3
text = "\n".join(f"{i}. {para}" for i in range(1, 100000))
text = text[: 1 << 20]
big = json.loads(json.dumps(src))
big["answers"]["BR2.1"]["evidence"] = text
json.dump(big, open(f"{work}/1mb.rbr.json", "w"), ensure_ascii=False, indent=2)
# 16 MiB in all: long evidence in every answer of every area.
huge = json.loads(json.dumps(src))
huge["meta"].pop("scope", None)
q = json.load(open("assets/questionnaires/nato-rbr.json"))
ids = [qq["id"] for a in q["areas"] for qq in a["questions"]]
per_answer = (16 << 20) // len(ids) - 2048
chunk = text.encode()[:per_answer].decode(errors="ignore")
for qid in ids:
    huge["answers"][qid] = {"level": 2, "evidence": chunk}
json.dump(huge, open(f"{work}/16mib.rbr.json", "w"), ensure_ascii=False, indent=2)
PY

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

# run NAME X Y COMMAND...: start it, click at (X, Y) to focus the field, type, measure.
run() {
  local name=$1 x=$2 y=$3; shift 3
  local display=:$((150 + RANDOM % 50))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 0.5
  DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1 WAYLAND_DISPLAY= XDG_DATA_HOME=$work/data "$@" >/dev/null 2>&1 &
  local app=$!
  local win=""
  for _ in $(seq 200); do
    win=$(DISPLAY=$display xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -1 || true)
    [[ -n $win ]] && break
    sleep 0.05
  done
  [[ -n $win ]] || { echo "$name: no window" >&2; kill $app $xvfb; return 1; }
  # No window manager runs: keyboard focus follows the pointer; give it explicitly too.
  DISPLAY=$display xdotool mousemove --window "$win" "$x" "$y" click 1
  DISPLAY=$display xdotool windowfocus "$win" 2>/dev/null || true
  sleep 2
  local idle0; idle0=$(ticks $app); sleep 5; local idle1; idle1=$(ticks $app)
  local t0; t0=$(ticks $app)
  DISPLAY=$display xdotool type --delay 80 "$(head -c "$chars" < /dev/zero | tr '\0' 'a')"
  sleep 1
  local t1; t1=$(ticks $app)
  [[ -n ${SHOTS:-} ]] && DISPLAY=$display import -window "$win" "$SHOTS/${name// /-}.png"
  awk -v n="$name" -v d=$((t1 - t0)) -v c="$chars" -v hz="$hz" -v i=$((idle1 - idle0)) \
    'BEGIN { printf "%-40s %6.1f ms CPU per character   idle, field focused: %4.1f%% of a core\n", n, 1000 * d / hz / c, 100 * i / hz / 5 }'
  kill $app $xvfb 2>/dev/null; wait $app $xvfb 2>/dev/null || true
}

run "bare eframe window, one text field" 400 60 target/release/examples/bare_text_field
run "rbr questions screen, short evidence" "${EVIDENCE_X:-1060}" "${EVIDENCE_Y:-500}" target/release/rbr "$work/short.rbr.json"
run "rbr questions screen, 1 MB of evidence" "${EVIDENCE_X:-1060}" "${EVIDENCE_Y:-500}" target/release/rbr "$work/1mb.rbr.json"
# BEFORE=path/to/an/older/rbr measures that build too, in the same run.
if [[ -n ${BEFORE:-} ]]; then
  run "older rbr, short evidence" "${EVIDENCE_X:-1060}" "${EVIDENCE_Y:-500}" "$BEFORE" "$work/short.rbr.json"
  run "older rbr, 1 MB of evidence" "${EVIDENCE_X:-1060}" "${EVIDENCE_Y:-500}" "$BEFORE" "$work/1mb.rbr.json"
fi

# Start to a usable window with a 16 MiB file: the window shows and answers input.
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 0.5
start=$(date +%s%N)
DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1 WAYLAND_DISPLAY= XDG_DATA_HOME=$work/data target/release/rbr "$work/16mib.rbr.json" >/dev/null 2>&1 &
app=$!
for _ in $(seq 400); do
  win=$(DISPLAY=$display xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -1 || true)
  [[ -n $win ]] && break
  sleep 0.01
done
echo "16 MiB file: window after $(( ($(date +%s%N) - start) / 1000000 )) ms ($(du -h "$work/16mib.rbr.json" | cut -f1))"
kill $app $xvfb 2>/dev/null; wait $app $xvfb 2>/dev/null || true
