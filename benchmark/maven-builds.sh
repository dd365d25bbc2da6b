#!/usr/bin/env bash
# Times `mvn -B -q -o site:generate` as a desk runs it, on synthetic archives built from the README's 15-line
# pom: a full build (fresh target/), then nothing changed, one claim edited, one claim added. Prints wall
# time and peak memory (Maven and the build JVM together, benchmark/measure.sh) for each.
#
#   benchmark/maven-builds.sh                  # 1,000 and 10,000 claims
#   benchmark/maven-builds.sh 1000 10000 100000
#   CORES=1 benchmark/maven-builds.sh 10000    # pinned to one core
#
# Environment: BENCH_WORK (default target/benchmark), MAVEN_ARGS (extra arguments, e.g. -Dfactsite.fork=false).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-$root/target/benchmark}
cores=${CORES:-$(nproc)}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
pin=()
[ "$cores" -lt "$(nproc)" ] && pin=(taskset -c "0-$((cores - 1))")
gen=$root/generator/benchmark/target/factsite-benchmark-0.1.0-SNAPSHOT.jar
repo=$(mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || echo "$HOME/.m2/repository")
if [ ! -f "$gen" ] || [ ! -d "$repo/org/factsite/factsite-maven-plugin/0.1.0-SNAPSHOT" ]; then
  (cd "$root" && mvn -B -q install -DskipTests -f generator/pom.xml)
fi

echo "machine: $(nproc) cores ($cores used), $(java -version 2>&1 | head -1), $(mvn -B -v 2>/dev/null | head -1)"
printf "%-8s %-18s %8s %9s\n" claims run "wall s" "peak MB"
measure() { # dir label
  (cd "$1" && "$root/benchmark/measure.sh" "$1/times.txt" "${pin[@]}" mvn -B -q -o site:generate ${MAVEN_ARGS:-} \
      > "$1/mvn.log" 2>&1) || { tail -20 "$1/mvn.log"; exit 1; }
  read -r wall kb < <(tail -1 "$1/times.txt")
  printf "%-8s %-18s %8s %9.0f\n" "$n" "$2" "$wall" "$(awk -v a="$kb" 'BEGIN {print a / 1024}')"
}
for n in "${sizes[@]}"; do
  dir=$work/maven-$n
  rm -rf "$dir" && mkdir -p "$dir"
  java -jar "$gen" "$dir/content" "$n" > /dev/null
  cp "$root/benchmark/archive-pom.xml" "$dir/pom.xml"
  measure "$dir" "full build"
  sleep 2  # files written now are "racy" for two seconds and would be hashed again
  measure "$dir" "nothing changed"
  claims=("$dir"/content/claims/*.md)
  printf '\nAn edited sentence [1].\n' >> "${claims[0]}"
  sleep 2
  measure "$dir" "one claim edited"
  sed 's/^title: "Did the/title: "Did really the/' "${claims[0]}" > "$dir/content/claims/zz-added.md"
  sleep 2
  measure "$dir" "one claim added"
done
