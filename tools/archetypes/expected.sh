#!/bin/sh
# Regenerates src/test/resources/archetypes/<case>/expected.md with the real `hugo new` (Hugo 0.111.3 was used),
# so that cli/ArchetypeOracleTest can compare `postwright new` with it without Hugo. Dates and times are masked
# ({DATETIME}, {DATE}); nothing else is. expected-files.txt lists every file hugo new made under content/.
#   case "bundle": the archetype is a folder, so it runs `hugo new posts/<slug>` (a leaf bundle).
#   case "missing": the site has no archetype. Hugo's own fallback is YAML (create/content.go,
#     DefaultArchetypeTemplateTemplate), but current `hugo new site` writes a TOML archetypes/default.md and the
#     issue asks for TOML, so Postwright's built-in default is that TOML archetype; its expected output is made by
#     `hugo new` with that archetype in a copy of the site (the text of HugoArchetypes.BUILT_IN).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
res="$here/src/test/resources/archetypes"
slug=night-train-to-narvik
for dir in "$res"/*/; do
  case=$(basename "$dir")
  tmp=$(mktemp -d)
  cp -r "$dir/site/." "$tmp"
  mkdir -p "$tmp/content"
  if [ "$case" = missing ]; then
    mkdir -p "$tmp/archetypes"
    printf "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndate = {{ .Date }}\ndraft = true\n+++\n\n" \
      > "$tmp/archetypes/default.md"
  fi
  if [ "$case" = bundle ]; then
    (cd "$tmp" && hugo new "posts/$slug" >/dev/null)
    out="$tmp/content/posts/$slug/index.md"
  else
    (cd "$tmp" && hugo new "posts/$slug.md" >/dev/null)
    out="$tmp/content/posts/$slug.md"
  fi
  sed -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})/{DATETIME}/g' \
         -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}/{DATE}/g' "$out" > "$dir/expected.md"
  (cd "$tmp/content" && find . -type f | sort) > "$dir/expected-files.txt"
  rm -rf "$tmp"
done
