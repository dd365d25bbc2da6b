#!/usr/bin/env bash
# Fuzzes the parsers (Jazzer, coverage-guided) for a set time per target, one target after another, and prints
# each target's executions and findings. The targets are the @FuzzTest methods of
# generator/core/src/test/java/org/factsite/fuzz/ParserFuzzTest.java; `mvn verify` only replays their
# committed inputs.
#
#   benchmark/fuzz.sh [minutes per target=5] [target ...]     # targets: claimFile siteYaml plainPage searchAnalysis
#
# A finding (an exception that is not a content diagnostic, a hang over a second, HTML that could run script) is
# written by Jazzer to generator/core/src/test/resources/org/factsite/fuzz/ParserFuzzTestInputs/<target>/crash-*:
# fix it and commit the file, and every later `mvn verify` replays it. What the fuzzer learnt (its corpus) stays in
# generator/core/.cifuzz-corpus/, which is not committed; a later run starts from it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-5}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(claimFile siteYaml plainPage searchAnalysis)
inputs=$root/generator/core/src/test/resources/org/factsite/fuzz/ParserFuzzTestInputs
mkdir -p "$root/target/fuzz"
(cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip=true -pl generator/core -am)
printf '%-16s %8s %12s %10s %s\n' target seconds executions "exec/s" findings
for target in "${targets[@]}"; do
  log=$root/target/fuzz/$target.log
  before=$(ls "$inputs/$target" | grep -c '^crash-' || true)
  status=0
  (cd "$root" && JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${minutes}m" mvn -B test -pl generator/core \
      -Dtest="ParserFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1) || status=$?
  # libFuzzer's last line: "Done <runs> runs in <seconds> second(s)", also when a finding stopped it
  done_line=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
  runs=$(echo "$done_line" | awk '{print $2}')
  seconds=$(echo "$done_line" | awk '{print $5}')
  after=$(ls "$inputs/$target" | grep -c '^crash-' || true)
  printf '%-16s %8s %12s %10s %s\n' "$target" "${seconds:-?}" "${runs:-?}" \
      "$(awk -v r="${runs:-0}" -v s="${seconds:-0}" 'BEGIN {printf "%.0f", (s > 0 ? r / s : 0)}')" \
      "$((after - before)) new$([ "$status" -ne 0 ] && echo ", the run failed: see $log")"
done
