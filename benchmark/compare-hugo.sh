#!/usr/bin/env bash
# Builds the same synthetic archive with FactSite and with Hugo (an equivalent site in benchmark/hugo-site:
# claim pages with citation links and sources, paginated home, tag pages, RSS), the way users run them:
# FactSite through `mvn -B -q -o site:generate` on the README's 15-line pom (Maven's start-up included, a
# fresh target/ each run), Hugo as `hugo`. Also the CLI, for comparison. The tools alternate RUNS times;
# the script prints each one's median wall time and peak memory (the sum over its processes) and the ratios.
#
#   benchmark/compare-hugo.sh [claims=10000] [runs=3]
#   CORES=1 benchmark/compare-hugo.sh      # every tool pinned to one core (taskset)
#   CARDS=false benchmark/compare-hugo.sh  # FactSite without share cards, like the Hugo site (cards counted apart)
#
# Installs Debian's hugo package when it is missing (needs root, as on CI and the dev machines), and
# installs FactSite's reactor into the local Maven repository if the plugin is not there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
runs=${2:-3}
cores=${CORES:-$(nproc)}
work=${BENCH_WORK:-$root/target/benchmark}/compare-$n
measure=$root/benchmark/measure.sh
pin=()
[ "$cores" -lt "$(nproc)" ] && pin=(taskset -c "0-$((cores - 1))")

if ! command -v hugo > /dev/null; then
  apt-get update -qq && apt-get install -y -qq hugo
fi
cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
plugin=$(mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || echo "$HOME/.m2/repository")
plugin=$plugin/org/factsite/factsite-maven-plugin/0.1.0-SNAPSHOT
if [ ! -f "$cli" ] || [ ! -f "$gen" ] || [ ! -d "$plugin" ]; then
  (cd "$root" && mvn -B -q install -DskipTests -f generator/pom.xml)
fi

rm -rf "$work" && mkdir -p "$work/maven"
java -jar "$gen" "$work/maven/content" "$n" > /dev/null
[ "${CARDS:-true}" = false ] && echo "shareCards: false" >> "$work/maven/content/site.yaml"
# Past about 25,000 claims the site outgrows GitHub Pages' 1 GB, and the build would stop at the host-limit check.
[ "$n" -gt 20000 ] && echo "hosting: s3" >> "$work/maven/content/site.yaml"
cp "$root/benchmark/archive-pom.xml" "$work/maven/pom.xml"   # the README's 15-line pom
cp -r "$root/benchmark/hugo-site" "$work/hugo"
mkdir -p "$work/hugo/content" "$work/hugo/static/assets"
cp -r "$work/maven/content/claims" "$work/hugo/content/claims"
cp "$root/themes/default/assets/style.css" "$work/hugo/static/assets/style.css"   # the same stylesheet

echo "machine: $(nproc) cores ($cores used), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
    "$(mvn -B -v 2>/dev/null | head -1 | cut -d' ' -f1-3); $(hugo version | cut -d' ' -f1-2); share cards ${CARDS:-true}"
: > "$work/maven.txt"; : > "$work/cli.txt"; : > "$work/hugo.txt"
for i in $(seq "$runs"); do
  rm -rf "$work/maven/target"   # a full build each time: no up-to-date record, no staging folder
  (cd "$work/maven" && "$measure" "$work/maven.txt" "${pin[@]}" mvn -B -q -o site:generate > "$work/maven.log" 2>&1) \
      || { tail -20 "$work/maven.log"; exit 1; }
  rm -rf "$work/hugo/public"
  (cd "$work/hugo" && "$measure" "$work/hugo.txt" "${pin[@]}" hugo --quiet > /dev/null 2>&1)
  rm -rf "$work/cli-site" "$work/cli-site.staging"
  "$measure" "$work/cli.txt" "${pin[@]}" java -jar "$cli" build -c "$work/maven/content" -o "$work/cli-site" > /dev/null 2>&1
  echo "run $i: maven $(tail -1 "$work/maven.txt") / hugo $(tail -1 "$work/hugo.txt") / cli $(tail -1 "$work/cli.txt")  (seconds, peak KB)"
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { cut -d' ' -f"$2" "$work/$1.txt" | median; }
page() { find "$1" -name index.html -print0 | du -cb --files0-from=- | tail -1 | awk -v n="$n" '{printf "%d", $1 / n}'; }
f_page=$(page "$work/maven/target/site/claims")
h_page=$(page "$work/hugo/public/claims")
printf "\n%-22s %10s %12s %12s\n" tool "median s" "peak MB" "B/claim page"
printf "%-22s %10s %12.0f %12s\n" "FactSite (mvn)" "$(col maven 1)" "$(awk -v a="$(col maven 2)" 'BEGIN {print a / 1024}')" "$f_page"
printf "%-22s %10s %12.0f %12s\n" "FactSite (CLI)" "$(col cli 1)" "$(awk -v a="$(col cli 2)" 'BEGIN {print a / 1024}')" "$f_page"
printf "%-22s %10s %12.0f %12s\n" Hugo "$(col hugo 1)" "$(awk -v a="$(col hugo 2)" 'BEGIN {print a / 1024}')" "$h_page"
printf "FactSite (mvn) / Hugo: wall time %.2f, peak memory %.2f\n" \
    "$(awk -v a="$(col maven 1)" -v b="$(col hugo 1)" 'BEGIN {print a / b}')" \
    "$(awk -v a="$(col maven 2)" -v b="$(col hugo 2)" 'BEGIN {print a / b}')"
