#!/usr/bin/env bash
# Runs every libFuzzer harness for a bounded time and keeps what it finds.
#   tests/fuzz/run.sh [SECONDS] [HARNESS...]     default: 60 s each, every harness
# Environment: BUILD_DIR (default build/fuzz, configured with preset "fuzz" when missing),
# JOBS (parallel build jobs, default 2).
# Seeds come from the test fixtures (tests/data) and from tests/fuzz/regressions. Every
# crash, timeout or out-of-memory input is copied to tests/fuzz/regressions/HARNESS/, where
# `ctest -R fuzz_` replays it in every fuzz build: fix the bug, keep the input.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
shift || true
build=${BUILD_DIR:-$root/build/fuzz}
jobs=${JOBS:-2}
data=$root/tests/data
regressions=$root/tests/fuzz/regressions

if [ ! -f "$build/CMakeCache.txt" ]; then
  (cd "$root" && cmake --preset fuzz >/dev/null) || exit 1
fi
cmake --build "$build" --target chipline_fuzzers -j"$jobs" >/dev/null || exit 1

# harness -> fixture folders its seeds come from
seeds_for() {
  case "$1" in
    fuzz_layout_dump) echo "$data/ingest/dump" ;;
    fuzz_layout_transcript) echo "$data/ingest/transcript" ;;
    fuzz_layout_wire) echo "$data/ingest/wire" ;;
    fuzz_layout_text) echo "$data/ingest/text $data/ingest/encoding" ;;
    fuzz_layout_html) echo "$data/ingest/html" ;;
    fuzz_layout_feed) echo "$data/ingest/feed" ;;
    fuzz_encoding) echo "$data/ingest/encoding $data/ingest/html $data/ingest/feed" ;;
    *) echo "$data/ingest/dump $data/ingest/transcript $data/ingest/wire $data/ingest/text $data/ingest/html $data/ingest/feed" ;;
  esac
}

harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(fuzz_layout_dump fuzz_layout_transcript fuzz_layout_wire fuzz_layout_text fuzz_layout_html
    fuzz_layout_feed fuzz_layoutdetector fuzz_encoding fuzz_entitymatcher fuzz_dates fuzz_analysis)
fi

status=0
printf '%-24s %8s %12s %8s\n' harness seconds executions crashes
for h in "${harnesses[@]}"; do
  bin=$(find "$build" -type f -name "$h" -perm -u+x | head -1)
  if [ -z "$bin" ]; then
    echo "$h: not built" >&2
    status=1
    continue
  fi
  work=$build/fuzz-work/$h
  artifacts=$build/fuzz-artifacts/$h
  rm -rf "$artifacts" # only what this run finds is counted; earlier finds are in regressions/
  mkdir -p "$work" "$artifacts" "$regressions/$h"
  # shellcheck disable=SC2046
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$regressions/$h" $(seeds_for "$h") >"$build/fuzz-$h.log" 2>&1
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz-$h.log" | grep -o '[0-9]*$' | tail -1)
  found=0
  for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*; do
    [ -e "$f" ] || continue
    cp -n "$f" "$regressions/$h/"
    found=$((found + 1))
  done
  [ "$found" -gt 0 ] && status=1
  printf '%-24s %8s %12s %8s\n' "$h" "$seconds" "${execs:-?}" "$found"
done
exit $status
