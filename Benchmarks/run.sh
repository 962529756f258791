#!/bin/sh
# Every figure of issue 15 in one run, each with its target: builds the release binaries, runs
# the engine benchmark (load, report and plan at 200, 2,000 and 20,000 skills), then the TUI
# benchmark (first frame against whiptail and dialog, bytes, write() calls and callgrind
# instructions per key, and the TUI on the generated frameworks).
# Usage: Benchmarks/run.sh [ROUNDS]   (whiptail, dialog, strace and valgrind are used if installed)
set -e
cd "$(dirname "$0")/.."
rounds=${1:-15}
# The same flags for both, so building one does not undo the other's build.
swift build -c release --static-swift-stdlib --product skillgap
swift build -c release --static-swift-stdlib --product skillgap-bench
.build/release/skillgap-bench
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for skills in 200 2000 20000; do
  .build/release/skillgap-bench --write "$scratch/$skills-skills" "$skills"
done
echo
Benchmarks/tui_bench.py .build/release/skillgap --runs "$rounds" \
  --scale "$scratch/200-skills" "$scratch/2000-skills" "$scratch/20000-skills"
