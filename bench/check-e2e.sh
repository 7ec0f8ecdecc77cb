#!/usr/bin/env bash
# End-to-end `postwright check` on generated 1,000- and 10,000-post sites: cold process wall time and peak RSS
# (N runs each, via /usr/bin/time -v) and warm in-process time (WarmCheck: 5 runs, last 3 reported).
# Usage: bench/check-e2e.sh [RUNS=5] [SIZES="1000 10000"]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
SIZES=${SIZES:-"1000 10000"}
JAVA=${JAVA:-java}

if [[ ! -f target/benchmarks.jar ]]; then
  mvn -B -q -Pbench -DskipTests package
fi
if [[ ! -f target/postwright.jar ]]; then
  mvn -B -q -DskipTests package
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time" >&2; apt-get install -y time >/dev/null
fi

TMP=$(mktemp -d /tmp/pw-e2e.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $($JAVA -version 2>&1 | head -1)"

for n in $SIZES; do
  site="$TMP/site-$n"
  "$JAVA" -cp target/benchmarks.jar dev.postwright.bench.SiteGenerator --posts "$n" --seed 42 --out "$site"
  # two untimed runs: the files in the page cache (we measure the checker, not the disk), and the CLI's class-data
  # archive written (first run: a mark, second: the archive) in a cache folder of the script's own
  export XDG_CACHE_HOME="$TMP/cache"
  for warm in 1 2; do "$JAVA" -jar target/postwright.jar check "$site" --format json >/dev/null || true; done
  walls=(); rss=()
  for ((i = 1; i <= RUNS; i++)); do
    /usr/bin/time -v -o "$TMP/time.txt" "$JAVA" -jar target/postwright.jar check "$site" --format json >/dev/null || true
    w=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$TMP/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    r=$(awk -F': ' '/Maximum resident set size/{print $2}' "$TMP/time.txt")
    walls+=("$w"); rss+=("$r")
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk -v n="$n" -v runs="$RUNS" '{a[NR]=$1} END {printf "cold check %d posts (%d runs): min %.2f s, median %.2f s, max %.2f s\n", n, runs, a[1], a[int((NR+1)/2)], a[NR]}'
  printf '%s\n' "${rss[@]}" | sort -n | awk -v n="$n" '{a[NR]=$1} END {printf "cold check %d posts: peak RSS median %.0f MB, max %.0f MB\n", n, a[int((NR+1)/2)]/1024, a[NR]/1024}'
  "$JAVA" -cp target/benchmarks.jar dev.postwright.bench.WarmCheck "$site" 5 3 | tail -1
done
