#!/usr/bin/env bash
# Side by side on the same generated 1,000-post site: postwright check vs markdownlint-cli2 and
# remark-cli + remark-validate-links (+ remark-frontmatter). Installs the node tools with npm into a temp
# folder (TOOLS_DIR=/tmp/pw-tools keeps them). Runs the three in turn, RUNS rounds (alternating, so a busy
# minute hits all three alike), and prints each one's median wall time and CPU time, then
# postwright / the faster peer, the ratio SPEC §8 budgets at <= 0.5.
#
# postwright runs as the README tells CI to: `java -jar postwright.jar check . --format json`, which re-runs
# itself in a short-run JVM with a class-data archive in its cache folder (a CI cache of ~/.cache/postwright
# keeps it). Two untimed runs first leave the mark and write the archive, as a CI job's first runs would.
# PW_CACHE=none times it without an archive (a CI job without that cache: the flags alone).
# Usage: bench/compare-linters.sh [RUNS=5] [POSTS=1000]
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
POSTS=${2:-1000}
REPO=$(pwd)
[[ -f target/postwright.jar ]] || mvn -B -q -DskipTests package
[[ -f target/benchmarks.jar ]] || mvn -B -q -Pbench -DskipTests package

TMP=$(mktemp -d /tmp/pw-lint.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
TOOLS=${TOOLS_DIR:-$TMP/tools}
mkdir -p "$TOOLS"
if [[ ! -x "$TOOLS/node_modules/.bin/remark" ]]; then
  (cd "$TOOLS" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
    markdownlint-cli2 remark-cli remark-validate-links remark-frontmatter >/dev/null) || { echo "npm install failed"; exit 2; }
fi
ver() { grep -m1 '"version"' "$TOOLS/node_modules/$1/package.json" | tr -dc '0-9.'; }
echo "tools: markdownlint-cli2 $(ver markdownlint-cli2), remark-cli $(ver remark-cli), remark-validate-links $(ver remark-validate-links), node $(node --version), $(java -version 2>&1 | head -1)"
echo "machine: $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

SITE="$TMP/site"
java -cp target/benchmarks.jar dev.postwright.bench.SiteGenerator --posts "$POSTS" --seed 42 --out "$SITE" >/dev/null
# remark: frontmatter-aware, link validation only (no other plugins); markdownlint-cli2: its default rules
cat > "$SITE/.remarkrc.json" <<JSON
{ "plugins": ["remark-frontmatter", ["remark-validate-links", { "repository": false }]] }
JSON
# remark resolves plugins from the site folder (ESM ignores NODE_PATH)
ln -s "$TOOLS/node_modules" "$SITE/node_modules"

# postwright's cache folder (its class-data archive) is the run's own, never the user's
export XDG_CACHE_HOME="$TMP/cache"
PW="java -jar $REPO/target/postwright.jar check $SITE --format json"
ML="$TOOLS/node_modules/.bin/markdownlint-cli2 src/data/blog/*.md"
RM="$TOOLS/node_modules/.bin/remark --quiet --no-stdout src/data/blog"
NAMES=(postwright markdownlint-cli2 remark-validate-links)
cmd_of() { case $1 in postwright) echo "$PW";; markdownlint-cli2) echo "$ML";; *) echo "$RM";; esac; }

cd "$SITE"
export NODE_PATH="$TOOLS/node_modules"
for name in "${NAMES[@]}"; do bash -c "$(cmd_of "$name")" >/dev/null 2>&1; done # warm-up: page cache, npm cache
if [[ ${PW_CACHE:-archive} == none ]]; then
  PW="java -Dpostwright.fastStart=false -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $REPO/target/postwright.jar check $SITE --format json"
  echo "postwright: without a class-data archive (the flags alone)"
else
  bash -c "$PW" >/dev/null 2>&1 # the second run writes the archive
  echo "postwright: with its class-data archive ($(ls "$XDG_CACHE_HOME"/postwright/cds/ 2>/dev/null | grep -c '\.jsa$') written)"
fi

have_time=0
[[ -x /usr/bin/time ]] && have_time=1
declare -A walls cpus
for ((i = 1; i <= RUNS; i++)); do
  for name in "${NAMES[@]}"; do
    cmd=$(cmd_of "$name")
    s=$(date +%s%N)
    if ((have_time)); then
      /usr/bin/time -f "%U %S" -o "$TMP/time.txt" bash -c "$cmd" >/dev/null 2>&1
    else
      bash -c "$cmd" >/dev/null 2>&1
    fi
    e=$(date +%s%N)
    walls[$name]+="$(( (e - s) / 1000000 )) "
    ((have_time)) && cpus[$name]+="$(tail -1 "$TMP/time.txt" | awk '{printf "%d", ($1 + $2) * 1000}') "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
for name in "${NAMES[@]}"; do
  med[$name]=$(echo "${walls[$name]}" | median)
  cpu=""
  ((have_time)) && cpu=", CPU median $(echo "${cpus[$name]}" | median) ms (${cpus[$name]% })"
  echo "$name: wall median ${med[$name]} ms over $RUNS alternating runs (${walls[$name]% })$cpu"
done
faster=markdownlint-cli2
((med[remark-validate-links] < med[markdownlint-cli2])) && faster=remark-validate-links
awk -v p="${med[postwright]}" -v f="${med[$faster]}" -v n="$faster" \
  'BEGIN {r = p / f; printf "postwright / faster peer (%s) = %.2f  (SPEC §8 budget <= 0.50: %s)\n", n, r, r <= 0.5 ? "met" : "MISSED"}'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "problems found: postwright $($PW | grep -o '"errors":[0-9]*,"warnings":[0-9]*'), remark $( $RM 2>&1 | grep -c 'warning' ) warnings, markdownlint $( $ML 2>&1 | grep -c 'MD[0-9]' ) issues"
