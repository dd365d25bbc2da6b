#!/usr/bin/env bash
# Takes the screenshots of README.md (a claim page of the sample archive on a desktop and a phone) and of
# docs/authoring.md (the live preview: a claim page, a new draft, the problem overlay after a mistake), in
# headless Chromium (Debian's `chromium`).
#
#   docs/make-screenshots.sh          # writes docs/images/*.png
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli=$root/generator/cli/target/factsite-cli-0.1.0-SNAPSHOT.jar
[ -f "$cli" ] || (cd "$root" && mvn -B -q package -DskipTests -pl generator/cli -am)
command -v chromium > /dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
work=$(mktemp -d)
trap 'kill $server 2> /dev/null || true; rm -rf "$work"' EXIT
cp -r "$root/content" "$work/content"
cd "$work"
port=8131
java -jar "$cli" new "Did the city really plant a million trees?" > /dev/null
java -jar "$cli" serve --port $port > serve.log 2>&1 &
server=$!
base=http://127.0.0.1:$port/fact-archive
for _ in $(seq 60); do curl -sf "$base/" > /dev/null && break; sleep 0.5; done
shot() { # name url [height [width]]
  timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --timeout=3000 \
      --window-size="${4:-1280}","${3:-900}" --screenshot="$root/docs/images/$1.png" "$2" > /dev/null 2>&1
}
shot preview-claim "$base/claims/great-wall-visible-from-space/" 1000
shot claim-desktop "$base/claims/great-wall-visible-from-space/" 1400
shot claim-phone "$base/claims/great-wall-visible-from-space/" 1500 390
shot preview-draft "$base/claims/did-the-city-really-plant-a-million-trees/" 800
sed -i 's/^verdict: false$/verdict: fasle/' content/claims/goldfish-memory.md
sleep 2
shot preview-problem "$base/claims/goldfish-memory/" 800
grep -A3 "found" serve.log > "$root/docs/images/preview-problem-terminal.txt" || true
echo "wrote $(ls "$root"/docs/images/*.png | wc -l) screenshots to docs/images/"
