#!/usr/bin/env bash
# What site:deploy costs (issue 25): builds a synthetic archive, starts a local S3 server (S3Proxy, as the deploy
# tests do) and times the first deploy, a deploy with nothing changed and one after an edited claim.
#
#   benchmark/deploy.sh [claims]    # default 10,000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
work=${BENCH_WORK:-$root/target/benchmark}/deploy-$n
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
[ -f "$gen" ] || (cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip=true -f generator/pom.xml)
mkdir -p "$(dirname "$work")"
(cd "$root" && mvn -B -q test-compile -pl deploy -f generator/pom.xml \
  && mvn -B -q dependency:build-classpath -pl deploy -f generator/pom.xml -Dmdep.includeScope=test \
     -Dmdep.outputFile="$work.classpath") > /dev/null
rm -rf "$work" && mkdir -p "$work"
java -jar "$gen" "$work/content" "$n" > /dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $n claims"
java -Xmx6g -cp "$root/generator/deploy/target/test-classes:$root/generator/deploy/target/classes:$(cat "$work.classpath")" \
  org.factsite.deploy.DeployBenchmark "$work/content" "$work/site"
