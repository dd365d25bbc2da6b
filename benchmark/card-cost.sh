#!/usr/bin/env bash
# What share cards cost: paints every claim's card of a synthetic archive on one thread (after a warm-up pass) and
# prints the CPU time per card and the cards' sizes; the budget (issue 24) is 3 ms and 25 KB on average.
#
#   benchmark/card-cost.sh [claims]    # default 10,000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
work=${BENCH_WORK:-$root/target/benchmark}/cards-$n
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
[ -f "$gen" ] && [ -f "$cli" ] || (cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip=true -f generator/pom.xml)
rm -rf "$work" && mkdir -p "$work"
java -jar "$gen" "$work/content" "$n" > /dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
java -XX:+UseSerialGC -cp "$cli:$gen" org.factsite.benchmark.CardCost "$work/content"
