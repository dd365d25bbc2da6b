#!/usr/bin/env bash
# Edit-to-reload latency of the live preview on a synthetic archive (default 10,000 claims, 20 edits):
# starts the preview, listens to its reload events as an open page does, edits one claim at a time.
#
#   benchmark/preview-latency.sh [CLAIMS] [EDITS]
#
# Environment: BENCH_WORK (default target/benchmark), JAVA_OPTS (default none: the JVM's own defaults, as
# `mvn site:serve` runs the preview in Maven's JVM and `factsite serve` in a plain `java -jar`; G1 on a machine
# of two cores or more).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-$root/target/benchmark}
java_opts=${JAVA_OPTS-}
n=${1:-10000}
edits=${2:-20}
cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
if [ ! -f "$cli" ] || [ ! -f "$gen" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl generator/cli,generator/benchmark -am)
fi
dir=$work/latency-$n
rm -rf "$dir" && mkdir -p "$dir"
java -jar "$gen" "$dir/content" "$n" > /dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
java $java_opts -cp "$cli:$gen" org.factsite.benchmark.PreviewLatency "$dir/content" "$edits"
