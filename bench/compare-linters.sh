#!/usr/bin/env bash
# Side by side on the same generated 1,000-post site: postwright check vs markdownlint-cli2 and
# remark-cli + remark-validate-links (+ remark-frontmatter). Installs the node tools with npm into a temp
# folder. Uses hyperfine when installed, else a loop timed with date +%s%N.
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
echo "tools: markdownlint-cli2 $(ver markdownlint-cli2), remark-cli $(ver remark-cli), remark-validate-links $(ver remark-validate-links), node $(node --version)"

SITE="$TMP/site"
java -cp target/benchmarks.jar dev.postwright.bench.SiteGenerator --posts "$POSTS" --seed 42 --out "$SITE" >/dev/null
# remark: frontmatter-aware, link validation only (no other plugins); markdownlint-cli2: its default rules
cat > "$SITE/.remarkrc.json" <<JSON
{ "plugins": ["remark-frontmatter", ["remark-validate-links", { "repository": false }]] }
JSON
# remark resolves plugins from the site folder (ESM ignores NODE_PATH)
ln -s "$TOOLS/node_modules" "$SITE/node_modules"

PW="java -jar $REPO/target/postwright.jar check $SITE --format json"
ML="$TOOLS/node_modules/.bin/markdownlint-cli2 src/data/blog/*.md"
RM="$TOOLS/node_modules/.bin/remark --quiet --no-stdout src/data/blog"

cd "$SITE"
export NODE_PATH="$TOOLS/node_modules"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 1 --runs "$RUNS" -i --export-markdown "$TMP/hf.md" \
    -n postwright "$PW" -n markdownlint-cli2 "$ML" -n remark-validate-links "$RM"
  cat "$TMP/hf.md"
else
  declare -A mean
  for name in postwright markdownlint-cli2 remark-validate-links; do
    case $name in postwright) cmd=$PW;; markdownlint-cli2) cmd=$ML;; *) cmd=$RM;; esac
    bash -c "$cmd" >/dev/null 2>&1 # warm-up (page cache, npm cache)
    ts=()
    for ((i = 1; i <= RUNS; i++)); do
      s=$(date +%s%N); bash -c "$cmd" >/dev/null 2>&1; e=$(date +%s%N)
      ts+=($(( (e - s) / 1000000 )))
    done
    med=$(printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    mean[$name]=$med
    echo "$name: median ${med} ms over $RUNS runs (${ts[*]})"
  done
  for name in markdownlint-cli2 remark-validate-links; do
    awk -v a="${mean[$name]}" -v b="${mean[postwright]}" -v n="$name" 'BEGIN {printf "%s / postwright = %.2fx\n", n, a / b}'
  done
fi
echo "problems found: postwright $(java -jar $REPO/target/postwright.jar check "$SITE" --format json | grep -o '"errors":[0-9]*,"warnings":[0-9]*'), remark $( $RM 2>&1 | grep -c 'warning' ) warnings, markdownlint $( $ML 2>&1 | grep -c 'MD[0-9]' ) issues"
