#!/usr/bin/env bash
# The long form of the stress harness (issue 14): ROUNDS rounds (default 200) of window-path
# edits beside command-line writers with kills, on a fresh database, with figures at the end.
#   tests/stress/run_long.sh [BUILD_DIR] [ROUNDS] [SEED]
set -euo pipefail
build=${1:-build/dev}
rounds=${2:-200}
seed=${3:-1}
cmake --build "$build" --target chipline chipline_stress >/dev/null
# Copies, so that a rebuild during the run does not swap the program under it.
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
cp "$build/chipline" "$build/tests/stress/chipline_stress" "$bin/"
QT_QPA_PLATFORM=offscreen "$bin/chipline_stress" --rounds "$rounds" --seed "$seed" --binary "$bin/chipline" --verbose
