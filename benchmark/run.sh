#!/usr/bin/env bash
# Times FactSite's CLI on synthetic archives: a full build of each size, then rebuilds with nothing changed,
# one claim edited, one claim added, and the theme's CSS edited. Prints one row per measurement.
#
#   benchmark/run.sh                 # 1,000 and 10,000 claims
#   benchmark/run.sh 1000 10000 100000
#
# Environment: BENCH_WORK (default target/benchmark), JAVA_OPTS (default -XX:+UseSerialGC).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-$root/target/benchmark}
java_opts=${JAVA_OPTS:--XX:+UseSerialGC}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
if [ ! -f "$cli" ] || [ ! -f "$gen" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl generator/cli,generator/benchmark -am)
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time
fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
printf "%-8s %-18s %8s %9s %9s %7s %11s %10s\n" claims run "wall s" claims/s "RSS MB" files bytes "B/claim"

measure() { # claims label
  local n=$1 label=$2 dir=$work/$1
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" java $java_opts -jar "$cli" build -c "$dir/content" \
      -o "$dir/site" --theme "$dir/theme" > "$dir/out.txt" 2> "$dir/err.txt" || { cat "$dir/err.txt"; exit 1; }
  read -r wall rss < <(tail -1 "$dir/time.txt")
  local files=0 bytes=0
  if grep -q "^Built" "$dir/out.txt"; then
    files=$(sed -E 's/.*: ([0-9]+) files, ([0-9]+) bytes.*/\1/' "$dir/out.txt")
    bytes=$(sed -E 's/.*: ([0-9]+) files, ([0-9]+) bytes.*/\2/' "$dir/out.txt")
  fi
  local per_claim
  per_claim=$(find "$dir/site/claims" -name index.html -print0 | du -cb --files0-from=- | tail -1 | awk -v n="$n" '{printf "%d", $1 / n}')
  printf "%-8s %-18s %8s %9.0f %9.0f %7s %11s %10s\n" "$n" "$label" "$wall" "$(awk -v a="$n" -v b="$wall" 'BEGIN {print a / b}')" \
      "$(awk -v a="$rss" 'BEGIN {print a / 1024}')" "$files" "$bytes" "$per_claim"
}

for n in "${sizes[@]}"; do
  dir=$work/$n
  if [ ! -f "$dir/content/site.yaml" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    java -jar "$gen" "$dir/content" "$n" > /dev/null
  fi
  rm -rf "$dir/site" "$dir/site.staging" "$dir/theme"
  cp -r "$root/themes/default" "$dir/theme"
  measure "$n" "full build"
  sleep 2  # files written now are "racy" for two seconds and would be hashed again
  measure "$n" "no change"
  claims=("$dir"/content/claims/*.md)   # sorted by the shell
  first=$(basename "${claims[0]}")
  printf '\nAn edited sentence [1].\n' >> "$dir/content/claims/$first"
  measure "$n" "one claim edited"
  sed 's/^title: "Did the/title: "Did really the/' "$dir/content/claims/$first" > "$dir/content/claims/zz-added.md"
  measure "$n" "one claim added"
  printf '\n/* edited */\n' >> "$dir/theme/assets/style.css"
  measure "$n" "theme CSS edited"
  # Leave the archive as generated for the next run.
  rm "$dir/content/claims/zz-added.md"
  java -jar "$gen" "$dir/content" "$n" > /dev/null
done
