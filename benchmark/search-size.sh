#!/usr/bin/env bash
# Search index size and bytes per query on a synthetic archive (default 10,000 claims): builds the site with
# the CLI (timed, with and without the index's share measured by the build's own report), then runs
# search-size.mjs under Node over it.
#
#   benchmark/search-size.sh [CLAIMS] [GENERATOR OPTIONS]
#   benchmark/search-size.sh 10000 --text=zipf                    # natural-like text, one claim in eight Vietnamese
#   benchmark/search-size.sh 10000 --text=zipf --vietnamese=all   # every claim Vietnamese
#
# Environment: BENCH_WORK (default target/benchmark), JAVA_OPTS (default -XX:+UseSerialGC).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-$root/target/benchmark}
java_opts=${JAVA_OPTS:--XX:+UseSerialGC}
n=${1:-10000}
shift || true
options=("$@")
cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
if [ ! -f "$cli" ] || [ ! -f "$gen" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl generator/cli,generator/benchmark -am)
fi
dir=$work/search-$n$(printf '%s' "${options[@]}" | tr -c 'a-z0-9' '-')
if [ ! -f "$dir/content/site.yaml" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  java -jar "$gen" "$dir/content" "$n" ${options[@]+"${options[@]}"} > /dev/null
fi
rm -rf "$dir/site" "$dir/site.staging"
/usr/bin/time -f "full build: %e s, peak RSS %M KB" java $java_opts -jar "$cli" build -c "$dir/content" -o "$dir/site" \
    --theme "$root/themes/default" > /dev/null
node "$root/benchmark/search-size.mjs" "$dir/site" "$root/themes/default"
