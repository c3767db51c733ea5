#!/usr/bin/env python3
"""make eval: scores tobook's tables of contents against the heading truth of whole folders.

For every book of each folder given (a folder holds NAME.txt files and a truth.json, as
../shared/corpus and ../shared/corpus-dev/books do), tobook writes NAME.epub; the project's own
scorer (corpus-dev/tools/structure_score.py) aligns the EPUB's table of contents with the truth
(precision, recall, matched headings at the true depth), and bookcheck.py checks that every word
of the text between the Gutenberg markers reaches the book in order, contents lists included.
Totals are summed over books (micro averages): matched / detected, matched / true.

With --calibre (and calibre's ebook-convert installed), calibre converts each book with default
options and its table of contents is scored by the same scorer, beside ours. Its results are
cached in .build/eval-calibre/ (keyed by the book's bytes), since a run takes minutes per book.

Usage: structure_eval.py TOBOOK_BINARY FOLDER [FOLDER ...] [--calibre] [--json OUT]
       [--only NAME[,NAME...]] [--keep DIR] [--epubs DIR] [--label TEXT] [--details]
--epubs DIR scores books converted already (DIR/NAME.epub) instead of running TOBOOK_BINARY.
"""
import concurrent.futures
import hashlib
import io
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout

TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared",
                     "corpus-dev", "tools")


def load_scorer(folders):
    """Imports structure_score and bookcheck from corpus-dev/tools, found beside the folders."""
    candidates = [TOOLS] + [os.path.join(f, "..", "tools") for f in folders]
    for path in candidates:
        if os.path.exists(os.path.join(path, "structure_score.py")):
            sys.path.insert(0, os.path.abspath(path))
            import bookcheck
            import structure_score
            return structure_score, bookcheck
    sys.exit("structure_eval: corpus-dev/tools/structure_score.py not found")


# Categories whose headings sit one level above the others in the corpus truth (parts over
# chapters); corpus/truth.json gives levels as categories, corpus-dev's as a list.
DIVISION_WORDS = ("part", "book", "act")


def truth_levels(entry):
    if "levels" in entry:
        return entry["levels"]
    categories = [(name, spec) for name, spec in entry["headings"].items() if spec.get("toc_level")]
    has_division = any(name.split()[0].lower().startswith(DIVISION_WORDS) for name, _ in categories)
    levels = []
    for _, text in entry["toc_sequence"]:
        level = 1
        for name, spec in categories:
            if re.match(spec["regex"], text) or re.match(spec["regex"], text.strip()):
                is_division = name.split()[0].lower().startswith(DIVISION_WORDS)
                level = 1 if (is_division or not has_division) else 2
                break
        levels.append(level)
    return levels


def score(scorer, epub, entry, key):
    """Runs the scorer's main on one book; returns (matched, true, counted, levels right)."""
    entry = dict(entry)
    entry["levels"] = truth_levels(entry)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({key: entry}, handle)
        truth_path = handle.name
    out = io.StringIO()
    argv = sys.argv
    try:
        sys.argv = ["structure_score.py", epub, truth_path, key]
        with redirect_stdout(out):
            scorer.main()
    finally:
        sys.argv = argv
        os.unlink(truth_path)
    matched = true = counted = level_right = 0
    summary = ""
    for line in out.getvalue().splitlines():
        fields = line.split("\t")
        if fields[0] == "SCORE":
            matched, true, counted = int(fields[2]), int(fields[3]), int(fields[4])
        elif fields[0] == "LEVELS":
            level_right = int(fields[2])
        elif line.startswith(key + ":"):
            summary += line[len(key) + 2:] + "\n"
    return matched, true, counted, level_right, summary


def lost_words(bookcheck, source, epub):
    out = io.StringIO()
    with redirect_stdout(out):
        status = bookcheck.lost(source, epub, gutenberg=True)
    return status, out.getvalue().strip()


def calibre_epub(path, cache):
    digest = hashlib.sha1(open(path, "rb").read()).hexdigest()[:16]
    target = os.path.join(cache, digest + ".epub")
    if not os.path.exists(target):
        os.makedirs(cache, exist_ok=True)
        partial = target + ".part.epub"
        subprocess.run(["ebook-convert", path, partial], capture_output=True, check=True)
        os.replace(partial, target)
    return target


_evaluate = None


def _run(book):
    return _evaluate(book)


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def ratio(part, whole):
    return part / whole if whole else 1.0


def main():
    args = sys.argv[1:]
    flags = {a for a in args if a.startswith("--")}
    values = {}
    positional = []
    iterator = iter(args)
    for arg in iterator:
        if arg in ("--json", "--only", "--keep", "--epubs", "--label"):
            values[arg] = next(iterator)
        elif not arg.startswith("--"):
            positional.append(arg)
    binary, folders = positional[0], positional[1:]
    use_calibre = "--calibre" in flags
    if use_calibre and shutil.which("ebook-convert") is None:
        print("(calibre's ebook-convert is not installed: its columns are left out)")
        use_calibre = False
    only = set(values["--only"].split(",")) if "--only" in values else None
    scorer, bookcheck = load_scorer(folders)
    scratch = values.get("--keep") or tempfile.mkdtemp(prefix="tobook-eval-")
    os.makedirs(scratch, exist_ok=True)
    cache = os.path.join(".build", "eval-calibre")

    books = []
    for folder in folders:
        truth = json.load(open(os.path.join(folder, "truth.json")))
        for name in sorted(truth):
            if only is None or name in only:
                books.append((folder, name, truth[name]))
    # One tobook run converts every book (its own batch mode, both cores), unless the books are
    # given already converted (the cross-validation's held-out books).
    for folder in folders if "--epubs" not in values else []:
        paths = [os.path.join(f, n) for f, n, _ in books if f == folder]
        if paths:
            out = os.path.join(scratch, os.path.basename(os.path.normpath(folder)))
            os.makedirs(out, exist_ok=True)
            subprocess.run([binary, "--quiet", "--output-dir", out] + paths, check=False)

    def evaluate(book):
        folder, name, entry = book
        source = os.path.join(folder, name)
        epub = os.path.join(scratch, os.path.basename(os.path.normpath(folder)),
                            name[:-4] + ".epub")
        if "--epubs" in values:
            epub = os.path.join(values["--epubs"], name[:-4] + ".epub")
        row = {"folder": os.path.basename(os.path.normpath(folder)), "file": name}
        if not os.path.exists(epub):
            row.update(error="no book written")
            return row
        matched, true, counted, level_right, summary = score(scorer, epub, entry, name)
        status, lost_line = lost_words(bookcheck, source, epub)
        row.update(true=true, counted=counted, matched=matched, levels=level_right,
                   lost=status != 0, lost_detail=lost_line if status else "", summary=summary)
        if use_calibre:
            try:
                cal = calibre_epub(source, cache)
                c_matched, _, c_counted, c_levels, _ = score(scorer, cal, entry, name)
                row.update(cal_counted=c_counted, cal_matched=c_matched, cal_levels=c_levels)
            except subprocess.CalledProcessError:
                row.update(cal_counted=0, cal_matched=0, cal_levels=0)
        return row

    # Processes, not threads: the scorers print, and each run captures its own standard output.
    global _evaluate
    _evaluate = evaluate
    workers = 1 if use_calibre else (os.cpu_count() or 2)
    with concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        rows = list(pool.map(_run, books))

    header = (f"{'book':44} {'true':>5} {'toc':>5} {'prec':>6} {'recall':>6} {'F1':>6} "
              f"{'levels':>6} {'lost':>4}")
    if use_calibre:
        header += f" | {'calibre':>7} {'prec':>6} {'recall':>6}"
    for folder in dict.fromkeys(r["folder"] for r in rows):
        group = [r for r in rows if r["folder"] == folder]
        print(f"\n{folder}/" + (f" ({values['--label']})" if "--label" in values else ""))
        print(header)
        print("-" * len(header))
        totals = dict(true=0, counted=0, matched=0, levels=0, lost=0, cal_counted=0,
                      cal_matched=0, cal_levels=0)
        for r in group:
            if "error" in r:
                print(f"{r['file'][:44]:44} {r['error']}")
                totals["lost"] += 1
                continue
            p, rc = ratio(r["matched"], r["counted"]), ratio(r["matched"], r["true"])
            line = (f"{r['file'][:44]:44} {r['true']:5d} {r['counted']:5d} {p:6.3f} {rc:6.3f} "
                    f"{f1(p, rc):6.3f} {ratio(r['levels'], r['matched']):6.3f} "
                    f"{'LOST' if r['lost'] else '-':>4}")
            if use_calibre:
                cp = ratio(r["cal_matched"], r["cal_counted"])
                line += f" | {r['cal_counted']:7d} {cp:6.3f} {ratio(r['cal_matched'], r['true']):6.3f}"
            print(line)
            for key in totals:
                totals[key] += int(r.get(key, 0))
        p = ratio(totals["matched"], totals["counted"])
        rc = ratio(totals["matched"], totals["true"])
        print("-" * len(header))
        line = (f"{'total (' + str(len(group)) + ' books)':44} {totals['true']:5d} "
                f"{totals['counted']:5d} {p:6.3f} {rc:6.3f} {f1(p, rc):6.3f} "
                f"{ratio(totals['levels'], totals['matched']):6.3f} {totals['lost']:4d}")
        if use_calibre:
            cp = ratio(totals["cal_matched"], totals["cal_counted"])
            line += f" | {totals['cal_counted']:7d} {cp:6.3f} {ratio(totals['cal_matched'], totals['true']):6.3f}"
        print(line)
    lost = [r for r in rows if r.get("lost")]
    if lost:
        print("\nwords lost:")
        for r in lost:
            print(f"  {r['folder']}/{r['file']}: {r['lost_detail']}")
    if "--details" in flags:
        print("\ndifferences from the truth:")
        for r in rows:
            if r.get("summary"):
                print(f"  {r['folder']}/{r['file']}: " + r["summary"].replace("\n", "\n    ").rstrip())
    if "--json" in values:
        with open(values["--json"], "w") as handle:
            json.dump(rows, handle, indent=1)
    if "--keep" not in values:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
