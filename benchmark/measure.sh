#!/usr/bin/env bash
# Runs a command and appends "<wall seconds> <peak KB>" to a file, where peak is the largest sum of the resident
# memory of the command and every process it started (Maven and a build JVM it forks count together; GNU
# time's %M would report only the largest single process).
#
#   benchmark/measure.sh <result file> <command...>
set -euo pipefail
out=$1; shift
start=$(date +%s.%N)
setsid "$@" &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  # Every process in the command's session: the session id is the command's pid (setsid).
  kb=$(ps -e -o sess=,rss= | awk -v s="$pid" '$1 == s {t += $2} END {print t + 0}')
  [ "$kb" -gt "$peak" ] && peak=$kb
  sleep 0.05
done
status=0
wait "$pid" || status=$?
end=$(date +%s.%N)
echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') $peak" >> "$out"
exit "$status"
