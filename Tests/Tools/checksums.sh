#!/usr/bin/env bash
# Prints a sha256 for every corpus book in every form tobook writes (EPUB 3, EPUB 2,
# PDF, --outline --json), so a change meant to alter no output can be shown to alter none:
#   Tests/Tools/checksums.sh .build/release/tobook ../shared/corpus > before.txt
#   ... change, rebuild ...
#   Tests/Tools/checksums.sh .build/release/tobook ../shared/corpus | diff before.txt -
set -euo pipefail
tool=${1:?usage: checksums.sh TOBOOK CORPUS_DIR}
corpus=${2:?usage: checksums.sh TOBOOK CORPUS_DIR}
export SOURCE_DATE_EPOCH=1700000000
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for txt in "$corpus"/*.txt; do
  name=$(basename "$txt" .txt)
  "$tool" "$txt" -q -o "$out/$name.epub"
  "$tool" "$txt" -q --epub2 -o "$out/$name.epub2.epub"
  "$tool" "$txt" -q --pdf -o "$out/$name.pdf"
  "$tool" "$txt" --outline --json > "$out/$name.outline.json"
  "$tool" "$txt" --outline > "$out/$name.outline.txt"
done
(cd "$out" && sha256sum -- * | sort -k2)
