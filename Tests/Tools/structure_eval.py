#!/usr/bin/env python3
"""make eval: scores tobook's detected headings against ../shared/corpus/truth.json.

For every corpus file it runs `tobook --outline --json FILE` and compares the listed headings
(the table of contents tobook would write) with `toc_sequence` (line number and text):
precision, recall and level accuracy per file and overall. Headings match by line number.
When calibre's ebook-convert is installed, it converts each file with default options and
scores the entries of its NCX by text, side by side.

Usage: structure_eval.py TOBOOK_BINARY CORPUS_DIR [--no-calibre]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

# Categories whose headings sit one level above the others (parts over chapters).
DIVISION_WORDS = ("part", "book", "act", "stories")


def normalised(text):
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"[^\W_]+", text))


def truth_levels(entry):
    """Line number → expected level (1 for divisions such as BOOK/ACT, 2 beneath them)."""
    categories = [(name, spec) for name, spec in entry["headings"].items() if spec.get("toc_level")]
    has_division = any(name.split()[0].lower().startswith(DIVISION_WORDS[:3]) for name, _ in categories)
    levels = {}
    for line, text in entry["toc_sequence"]:
        level = 1
        for name, spec in categories:
            if re.match(spec["regex"], text) or re.match(spec["regex"], text.strip()):
                is_division = name.split()[0].lower().startswith(DIVISION_WORDS[:3])
                level = 1 if (is_division or not has_division) else 2
                break
        levels[line] = level
    return levels


def tobook_headings(binary, path):
    result = subprocess.run([binary, "--outline", "--json", path], capture_output=True, text=True, check=True)
    outline = json.loads(result.stdout)
    return [h for h in outline["headings"] if h["listed"]]


def calibre_entries(path, scratch):
    output = os.path.join(scratch, os.path.basename(path) + ".epub")
    subprocess.run(["ebook-convert", path, output], capture_output=True, check=True)
    with zipfile.ZipFile(output) as book:
        ncx = next(name for name in book.namelist() if name.endswith(".ncx"))
        text = book.read(ncx).decode("utf-8")
    labels = re.findall(r"<navLabel>\s*<text>(.*?)</text>", text, re.S)
    return [re.sub(r"\s+", " ", label).strip() for label in labels]


def score_by_text(truth, labels):
    """Matches labels to truth texts as multisets (calibre has no line numbers, and its table
    of contents is not always in reading order, so order is ignored in its favour)."""
    remaining = [normalised(label) for label in labels]
    matched = 0
    for _, text in truth:
        want = normalised(text)
        for index, key in enumerate(remaining):
            if key and (key == want or want.startswith(key + " ") or key.startswith(want + " ")):
                matched += 1
                remaining[index] = None
                break
    return matched


def ratio(part, whole):
    return part / whole if whole else 1.0


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    use_calibre = "--no-calibre" not in sys.argv and shutil.which("ebook-convert") is not None
    truth = json.load(open(os.path.join(corpus, "truth.json")))
    rows = []
    totals = {"truth": 0, "found": 0, "matched": 0, "level": 0, "cal_found": 0, "cal_matched": 0}
    details = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in sorted(truth):
            entry = truth[name]
            path = os.path.join(corpus, name)
            expected = {line: text for line, text in entry["toc_sequence"]}
            levels = truth_levels(entry)
            found = tobook_headings(binary, path)
            by_line = {h["line"]: h for h in found}
            matched = [line for line in expected if line in by_line]
            level_ok = [line for line in matched if by_line[line]["level"] == levels[line]]
            extra = [h for h in found if h["line"] not in expected]
            missed = [line for line in expected if line not in by_line]
            for h in extra:
                details.append(f"  {name}:{h['line']}: extra heading ‘{h['text']}’")
            for line in missed:
                details.append(f"  {name}:{line}: missed ‘{expected[line]}’")
            row = {
                "file": name,
                "truth": len(expected),
                "found": len(found),
                "precision": ratio(len(matched), len(found)),
                "recall": ratio(len(matched), len(expected)),
                "levels": ratio(len(level_ok), len(matched)),
            }
            totals["truth"] += len(expected)
            totals["found"] += len(found)
            totals["matched"] += len(matched)
            totals["level"] += len(level_ok)
            if use_calibre:
                labels = calibre_entries(path, scratch)
                hits = score_by_text(entry["toc_sequence"], labels)
                row["cal_found"] = len(labels)
                row["cal_precision"] = ratio(hits, len(labels))
                row["cal_recall"] = ratio(hits, len(expected))
                totals["cal_found"] += len(labels)
                totals["cal_matched"] += hits
            rows.append(row)

    header = f"{'file':28} {'truth':>5} {'found':>5} {'prec':>6} {'recall':>6} {'levels':>6}"
    if use_calibre:
        header += f" | {'calibre':>7} {'prec':>6} {'recall':>6}"
    print(header)
    print("-" * len(header))
    for row in rows:
        line = (f"{row['file']:28} {row['truth']:5d} {row['found']:5d} {row['precision']:6.3f} "
                f"{row['recall']:6.3f} {row['levels']:6.3f}")
        if use_calibre:
            line += f" | {row['cal_found']:7d} {row['cal_precision']:6.3f} {row['cal_recall']:6.3f}"
        print(line)
    print("-" * len(header))
    overall = (f"{'overall':28} {totals['truth']:5d} {totals['found']:5d} "
               f"{ratio(totals['matched'], totals['found']):6.3f} {ratio(totals['matched'], totals['truth']):6.3f} "
               f"{ratio(totals['level'], totals['matched']):6.3f}")
    if use_calibre:
        overall += (f" | {totals['cal_found']:7d} {ratio(totals['cal_matched'], totals['cal_found']):6.3f} "
                    f"{ratio(totals['cal_matched'], totals['truth']):6.3f}")
    print(overall)
    if use_calibre:
        print("(calibre: ebook-convert FILE out.epub with default options; its NCX entries matched to the truth by text)")
    else:
        print("(calibre's ebook-convert not installed: its column is left out)")
    if details:
        print("\ndifferences from truth.json:")
        print("\n".join(details))


if __name__ == "__main__":
    main()
