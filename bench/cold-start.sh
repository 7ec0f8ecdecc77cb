#!/usr/bin/env bash
# Cold start of the real app (SPEC §8: ≤ 2 s to a window with a post open), one fresh JVM per run:
# `ColdStart` runs app.Launcher with a post file and prints when the window shows, the post's text is in its tab,
# its preview is in the page and that frame is painted, in ms since this script spawned the JVM.
# Usage: bench/cold-start.sh [RUNS=5] [POST=sample-site post]   env: JAVA_OPTS (extra JVM flags), DISPLAY_RUN=1
# (use the platform window system, e.g. GTK under Xvfb, instead of headless Monocle), FAST_START=0 (start in
# one JVM, without the class-data archive the app makes on its first start: app.FastStart)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
POST=${2:-assets/sample-site/src/data/blog/day-hike-packing-list.md}
JAVA=${JAVA:-java}
if [[ ! -f target/benchmarks.jar ]]; then
  mvn -B -q -Pbench -DskipTests package
fi
TMP=$(mktemp -d /tmp/pw-start.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
display=()
[[ "${DISPLAY_RUN:-0}" == 1 ]] && display=(-Dbench.display=true)
export XDG_CACHE_HOME="$TMP/cache" # the class-data archive goes into a cache of this run's own
fast=()
[[ "${FAST_START:-1}" == 0 ]] && fast=(-Dpostwright.fastStart=false)
# the writer's first start writes the archive as the app exits; it is not timed (as a first run ever is not)
mkdir -p "$TMP/data"
"$JAVA" ${JAVA_OPTS:-} "${display[@]}" "${fast[@]}" -Dpostwright.data="$TMP/data" \
  -cp target/benchmarks.jar dev.postwright.bench.ColdStart "$POST" >/dev/null 2>&1 || true
"$JAVA" -version 2>&1 | head -1
for ((i = 1; i <= RUNS; i++)); do
  rm -rf "$TMP/data"; mkdir -p "$TMP/data"
  t0=$(date +%s%3N)
  # shellcheck disable=SC2086
  "$JAVA" ${JAVA_OPTS:-} "${display[@]}" "${fast[@]}" -Dpostwright.data="$TMP/data" -Dbench.t0="$t0" \
    -cp target/benchmarks.jar dev.postwright.bench.ColdStart "$POST" 2>/dev/null | grep '^cold-start' \
    | tee -a "$TMP/all.txt"
done
sed -E 's/^cold-start: +//; s/ +([0-9]+) ms$/|\1/' "$TMP/all.txt" | awk -F'|' '!($1 in s) {o[++n]=$1; s[$1]=1} END {for (i=1;i<=n;i++) print o[i]}' \
  | while IFS= read -r m; do
      grep -F "cold-start: $m " "$TMP/all.txt" | awk '{print $(NF-1)}' | sort -n \
        | awk -v m="$m" '{a[NR]=$1} END {printf "median %-28s %5d ms  (min %d, max %d, %d runs)\n", m, a[int((NR+1)/2)], a[1], a[NR], NR}'
    done
