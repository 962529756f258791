#!/usr/bin/env bash
# Builds the fuzz target for the YAML framework loader, the ratings CSV reader and the
# saved-assessment JSON reader with `swiftc -sanitize=fuzzer` (libFuzzer ships with the Swift
# toolchain on Linux), then runs each reader for a bounded time. Exits non-zero on any crash,
# leak, timeout or out-of-memory; the input that caused it is kept under .build/fuzz/artifacts.
#
# Usage: Fuzz/run.sh [SECONDS] [READER...]
#   SECONDS  how long each reader runs (default: $FUZZ_SECONDS, else 60)
#   READER   yaml, csv or json (default: all three)
# Inputs that found new paths are kept in .build/fuzz/corpus/<reader>, so a later, longer run
# starts where this one stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-${FUZZ_SECONDS:-60}}"
[ $# -gt 0 ] && shift
readers=("$@")
[ ${#readers[@]} -gt 0 ] || readers=(yaml csv json)

command -v swiftc >/dev/null || { echo "fuzz: swiftc is not on PATH" >&2; exit 1; }

out=.build/fuzz
mkdir -p "$out/Modules" "$out/artifacts"

echo "fuzz: building the package's dependencies"
swift build --target SkillgapLoading </dev/null >/dev/null
bin=$(swift build --show-bin-path)
cyaml=".build/checkouts/Yams/Sources/CYaml/include"
common=(-sanitize=fuzzer -parse-as-library -O -package-name skillgap -I "$out/Modules"
  -I "$bin/Modules" -Xcc -I -Xcc "$cyaml" -module-cache-path "$out/ModuleCache")

# The readers are compiled with coverage instrumentation, so libFuzzer sees their branches;
# the dependencies (Yams, swift-collections) are linked from the package's debug build.
compile_module() {
  local name=$1
  local sources
  mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)
  swiftc "${common[@]}" -module-name "$name" -wmo -num-threads 0 -emit-module \
    -emit-module-path "$out/Modules/$name.swiftmodule" -c -o "$out/$name.o" "${sources[@]}"
}
echo "fuzz: compiling SkillgapCore and SkillgapLoading with -sanitize=fuzzer"
compile_module SkillgapCore
compile_module SkillgapLoading

dependencies=()
for module in Yams CYaml OrderedCollections HeapModule InternalCollectionsUtilities; do
  while IFS= read -r object; do dependencies+=("$object"); done \
    < <(find "$bin/$module.build" -name '*.o' | sort)
done
echo "fuzz: linking the fuzz target"
swiftc "${common[@]}" -module-name FuzzReaders Fuzz/FuzzReaders.swift "$out/SkillgapCore.o" \
  "$out/SkillgapLoading.o" "${dependencies[@]}" -o "$out/fuzz-readers"

status=0
for reader in "${readers[@]}"; do
  corpus="$out/corpus/$reader"
  mkdir -p "$corpus"
  echo "fuzz: $reader for ${seconds} s"
  log="$out/$reader.log"
  if SKILLGAP_FUZZ_READER="$reader" SKILLGAP_FUZZ_FRAMEWORK=Fuzz/Framework \
    "$out/fuzz-readers" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$out/artifacts/$reader-" \
    "$corpus" "Fuzz/Corpus/$reader" >"$log" 2>&1 </dev/null
  then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz: $reader: ${runs:-?} runs, 0 crashes"
  else
    status=1
    tail -n 40 "$log"
    echo "fuzz: $reader failed; the input is in $out/artifacts" >&2
  fi
done
exit $status
