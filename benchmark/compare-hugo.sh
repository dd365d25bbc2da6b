#!/usr/bin/env bash
# Builds the same synthetic archive with FactSite and with Hugo (an equivalent site in benchmark/hugo-site:
# claim pages with citation links and sources, paginated home, tag pages, RSS), alternating the two tools
# RUNS times, and prints each tool's median wall time and peak memory and their ratio.
#
#   benchmark/compare-hugo.sh [claims=10000] [runs=3]
#
# Installs Debian's hugo package when it is missing (needs root, as on CI and the dev machines).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
runs=${2:-3}
work=${BENCH_WORK:-$root/target/benchmark}/compare-$n
java_opts=${JAVA_OPTS:--XX:+UseSerialGC}

if ! command -v hugo > /dev/null; then
  apt-get update -qq && apt-get install -y -qq hugo
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time
fi
cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
if [ ! -f "$cli" ] || [ ! -f "$gen" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl generator/cli,generator/benchmark -am)
fi

rm -rf "$work" && mkdir -p "$work"
java -jar "$gen" "$work/content" "$n" > /dev/null
cp -r "$root/benchmark/hugo-site" "$work/hugo"
mkdir -p "$work/hugo/content" "$work/hugo/static/assets"
cp -r "$work/content/claims" "$work/hugo/content/claims"
cp "$root/themes/default/assets/style.css" "$work/hugo/static/assets/style.css"   # the same stylesheet

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2)"
: > "$work/factsite.txt"
: > "$work/hugo.txt"
for i in $(seq "$runs"); do
  rm -rf "$work/site" "$work/site.staging"   # a full build each time, no up-to-date shortcut
  /usr/bin/time -f "%e %M" -a -o "$work/factsite.txt" java $java_opts -jar "$cli" build -c "$work/content" \
      -o "$work/site" > /dev/null 2>&1
  rm -rf "$work/hugo/public"
  (cd "$work/hugo" && /usr/bin/time -f "%e %M" -a -o "$work/hugo.txt" hugo --quiet > /dev/null 2>&1)
  echo "run $i: factsite $(tail -1 "$work/factsite.txt") / hugo $(tail -1 "$work/hugo.txt")  (seconds, peak KB)"
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
f_time=$(cut -d' ' -f1 "$work/factsite.txt" | median)
h_time=$(cut -d' ' -f1 "$work/hugo.txt" | median)
f_rss=$(cut -d' ' -f2 "$work/factsite.txt" | median)
h_rss=$(cut -d' ' -f2 "$work/hugo.txt" | median)
f_page=$(find "$work/site/claims" -name index.html -print0 | du -cb --files0-from=- | tail -1 | awk -v n="$n" '{printf "%d", $1 / n}')
h_page=$(find "$work/hugo/public/claims" -name index.html -print0 | du -cb --files0-from=- | tail -1 | awk -v n="$n" '{printf "%d", $1 / n}')
printf "\n%-9s %10s %12s %12s\n" tool "median s" "peak MB" "B/claim page"
printf "%-9s %10s %12.0f %12s\n" FactSite "$f_time" "$(awk -v a="$f_rss" 'BEGIN {print a / 1024}')" "$f_page"
printf "%-9s %10s %12.0f %12s\n" Hugo "$h_time" "$(awk -v a="$h_rss" 'BEGIN {print a / 1024}')" "$h_page"
printf "FactSite / Hugo wall time: %.2f\n" "$(awk -v a="$f_time" -v b="$h_time" 'BEGIN {print a / b}')"
