#!/usr/bin/env bash
# How big a site is, as hosts count it (issue 25): builds a synthetic archive of each size with the CLI and prints
# the site's bytes, files, largest file and fullest folder, with and without share cards.
#
#   benchmark/site-size.sh [claims ...]    # default 1000 10000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
[ -f "$gen" ] && [ -f "$cli" ] || (cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip=true -f generator/pom.xml)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
printf '%-8s %-6s %12s %8s %-40s %s\n' claims cards bytes files "largest file" "fullest folder"
for n in "${sizes[@]}"; do
  work=${BENCH_WORK:-$root/target/benchmark}/size-$n
  rm -rf "$work" && mkdir -p "$work"
  java -jar "$gen" "$work/content" "$n" > /dev/null
  for cards in true false; do
    if [ "$cards" = false ]; then printf 'shareCards: false\n' >> "$work/content/site.yaml"; fi
    java -Xmx8g -jar "$cli" build -c "$work/content" -o "$work/site" --hosting s3 > "$work/build-$cards.log" 2>&1
    bytes=$(find "$work/site" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
    files=$(find "$work/site" -type f | wc -l)
    largest=$(find "$work/site" -type f -printf '%s %P\n' | sort -n | tail -1)
    fullest=$(find "$work/site" -mindepth 1 -printf '%h\n' | sort | uniq -c | sort -n | tail -1)
    printf '%-8s %-6s %12s %8s %-40s %s\n' "$n" "$cards" "$bytes" "$files" "$largest" "${fullest#"${fullest%%[![:space:]]*}"}"
  done
done
