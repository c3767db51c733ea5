#!/usr/bin/env bash
# Draws the generated cover of a tiny book under many titles, authors, subtitles and styles
# (Tests/Tools/cover-titles.txt: title|author;author|subtitle|style, non-Latin scripts and long
# titles among them) with two tobook binaries, and reports any cover or EPUB that differs:
#   Tests/Tools/compare_covers.sh /path/to/old/tobook .build/release/tobook
set -uo pipefail
old=${1:?usage: compare_covers.sh OLD_TOBOOK NEW_TOBOOK}
new=${2:?usage: compare_covers.sh OLD_TOBOOK NEW_TOBOOK}
titles="$(dirname "$0")/cover-titles.txt"
export SOURCE_DATE_EPOCH=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf 'Some text\n\nA paragraph of the story, long enough to be a book.\n' > "$out/tiny.txt"
count=0 same=0
while IFS='|' read -r title authors subtitle style; do
  args=(--title "$title")
  IFS=';' read -ra names <<< "$authors"
  for name in "${names[@]}"; do args+=(--author "$name"); done
  [ -n "$subtitle" ] && args+=(--subtitle "$subtitle")
  [ -n "$style" ] && args+=(--style "$style")
  count=$((count + 1))
  "$old" "$out/tiny.txt" -q -o "$out/old.epub" "${args[@]}" &&
    "$new" "$out/tiny.txt" -q -o "$out/new.epub" "${args[@]}" || { echo "failed: $title"; continue; }
  entry=$(unzip -Z1 "$out/old.epub" | grep -E 'cover\.jpe?g$' | head -1)
  unzip -p "$out/old.epub" "$entry" > "$out/old.jpg"
  unzip -p "$out/new.epub" "$entry" > "$out/new.jpg"
  if [ -s "$out/old.jpg" ] && cmp -s "$out/old.jpg" "$out/new.jpg" &&
    cmp -s "$out/old.epub" "$out/new.epub"; then
    same=$((same + 1))
  else
    echo "differs: $title"
  fi
done < "$titles"
echo "$same of $count covers (and their EPUBs) identical"
[ "$same" -eq "$count" ]
