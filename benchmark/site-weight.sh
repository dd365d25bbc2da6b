#!/usr/bin/env bash
# Where a built site's bytes go (issue 26): files and bytes by kind of file, the average claim page raw and gzipped
# (a sample of 200), and the bytes per claim. Run it on any built site:
#
#   benchmark/site-weight.sh target/benchmark/size-10000/site [claims]
set -euo pipefail
site=${1:?name the built site folder}
claims=${2:-$(find "$site" -path '*/claims/*/index.html' -not -path '*/embed/*' | wc -l)}
printf 'kind\tfiles\tbytes\taverage\tshare\n'
find "$site" -type f -printf '%s %P\n' | awk -v claims="$claims" '
  function kind(p) {
    if (p ~ /(^|\/)claims\/[^\/]+\/embed\//) return "claim embeds";
    if (p ~ /(^|\/)claims\/[^\/]+\/index\.html$/) return "claim pages";
    if (p ~ /(^|\/)claims\/[^\/]+\/oembed\.json$/) return "oEmbed answers";
    if (p ~ /(^|\/)claims\//) return "claim folders (images)";
    if (p ~ /(^|\/)cards\//) return "share cards";
    if (p ~ /(^|\/)search\//) return "search";
    if (p ~ /^claimreview/) return "ClaimReview data feed";
    if (p ~ /feed\.(xml|json)$/) return "feeds";
    if (p ~ /sitemap/) return "sitemaps";
    if (p ~ /(^|\/)assets\//) return "assets";
    if (p !~ /\//) return (p ~ /\.html$/) ? "home and its pages" : "root files";
    split(p, part, "/");
    first = (part[1] ~ /^[a-z][a-z](-[A-Za-z0-9]+)?$/ && length(part) > 1) ? part[2] : part[1];
    if (first ~ /\.html$/ || first == "page") return "home and its pages";
    return first " pages";
  }
  { k = kind($2); files[k]++; bytes[k] += $1; total += $1; count++ }
  END {
    for (k in bytes) printf "%s\t%d\t%d\t%d\t%.1f%%\n", k, files[k], bytes[k], bytes[k] / files[k], 100 * bytes[k] / total | "sort -t \"\t\" -k3,3nr";
    close("sort -t \"\t\" -k3,3nr");
    printf "total\t%d\t%d\n", count, total;
    if (claims > 0) printf "per claim: %.1f KB and %.2f files (%d claims)\n", total / claims / 1000, count / claims, claims;
  }'
sample=$(find "$site" -path '*/claims/*/index.html' -not -path '*/embed/*' | head -200 || true)
if [ -n "$sample" ]; then
  raw=0; gz=0; n=0
  for f in $sample; do raw=$((raw + $(wc -c < "$f"))); gz=$((gz + $(gzip -9c "$f" | wc -c))); n=$((n + 1)); done
  echo "claim page, average of $n: $((raw / n)) bytes raw, $((gz / n)) bytes gzip -9"
fi
