#!/usr/bin/env python3
"""make bench: tobook beside its peers, on the same machine in the same run.

1. EPUB on an article, Pride and Prejudice, War and Peace and a 50 MB concatenation of corpus
   books: tobook and the floor (`gzip -6` of the same text) timed with hyperfine (medians),
   then pandoc (`-f commonmark`, its fastest reader, and `-f markdown`) and calibre's
   `ebook-convert`, each with its peak resident memory (`/usr/bin/time -f %M`).
2. PDF of War and Peace: tobook's pages per second beside calibre's `ebook-convert FILE out.pdf`.
3. Memory against book length (a quarter of War and Peace to twice it), and time per MB on
   War and Peace's text repeated to 1, 5, 10, 50 and 200 MB inside one Project Gutenberg frame
   (the same kind of text at every size, chapters and all): time and peak memory must grow
   linearly, and the time per MB stay within 25 % from 1 to 50 MB.

4. A library run: `tobook -r LIBRARY --output-dir OUT --jobs N` (N = the cores) over every book of
   the development corpus (`../shared/corpus-dev/books` beside CORPUS_DIR, or --library DIR), one
   run: books per second, MB of text per second and peak memory, what one machine does per hour,
   and calibre's time on three of the books (the smallest, the middle one and the largest)
   beside tobook's on the same three.

Usage: bench.py TOBOOK CORPUS_DIR [--runs N] [--no-peers] [--no-large] [--baseline OLD_TOBOOK]
                [--library DIR | --no-library]
With --baseline (make bench BASELINE_BIN=path), War and Peace's parse (`--outline`: decoding,
structure and typography, nothing written) is timed for both binaries in this run, interleaved.
Peers that are not installed are skipped with a note (`make bench` installs them). On the 50 MB
text only tobook and gzip run: pandoc and calibre would take many minutes there. Nothing here is
a pass/fail test; it prints tables to read, and the issue's targets beside the numbers.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def timed(command, env=None, check=True):
    """Wall seconds and peak RSS (MB) of one run, via /usr/bin/time."""
    with tempfile.NamedTemporaryFile(mode="r") as report:
        full = ["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command
        result = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if result.returncode != 0:
            if not check:
                return None
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.decode()[-500:]}")
        seconds, kilobytes = report.read().split()[-2:]
        return float(seconds), int(kilobytes) / 1024


def hyperfine(command, runs, env):
    """Median and best wall seconds over `runs` runs (one warm-up), via hyperfine."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".json") as export:
        subprocess.run(
            ["hyperfine", "-N", "--warmup", "1", "--runs", str(runs), "--export-json", export.name,
             "--style", "none", " ".join(command)],
            check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        result = json.load(open(export.name))["results"][0]
        return result["median"], result["min"]


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def concatenation(corpus, megabytes, path):
    """Corpus books repeated to `megabytes` MB, cut at a line end; returns the size in MB."""
    books = ["war-and-peace.txt", "moby-dick.txt", "pride-and-prejudice.txt",
             "frankenstein.txt", "leaves-of-grass.txt", "alice.txt"]
    blob = b"".join(open(os.path.join(corpus, b), "rb").read() for b in books)
    data = blob * (megabytes * 1_000_000 // len(blob) + 1)
    cut = data.rfind(b"\n", 0, megabytes * 1_000_000) + 1
    with open(path, "wb") as handle:
        handle.write(data[:cut])
    return cut / 1e6


def epub_rows(name, source, tobook, work, runs, env, peers):
    """One input's rows: (input, tool, median s, best s, peak MB). A list of sources is one
    book of several files (tobook --combine, pandoc's concatenation; calibre takes one file)."""
    rows = []
    out = os.path.join(work, "out")
    sources = source if isinstance(source, list) else [source]
    megabytes = sum(os.path.getsize(path) for path in sources) / 1e6
    many = runs if megabytes < 20 else max(2, runs // 2)
    median, best = hyperfine([tobook] + sources + ["-o", out + ".epub"], many, env)
    _, memory = timed([tobook] + sources + ["-o", out + ".epub"], env)
    rows.append((name, "tobook", median, best, memory))
    median, best = hyperfine(["gzip", "-6", "-c"] + sources, many, env)
    rows.append((name, "gzip -6 (floor)", median, best, timed(["gzip", "-6", "-k", "-f", "-c"] + sources, env)[1]))
    if not peers or megabytes > 20:
        return rows
    title = os.path.basename(sources[0])
    if shutil.which("pandoc"):
        for reader in ("commonmark", "markdown"):
            command = ["pandoc", "-f", reader, "-t", "epub3", "--metadata", f"title={title}",
                       *sources, "-o", out + "-pandoc.epub"]
            # Slow peers run once; quick ones get medians too.
            result = timed(command, env, check=False)
            if result is None:
                rows.append((name, f"pandoc -f {reader}", None, None, None))
                continue
            seconds, memory = result
            median = best = seconds
            if seconds < 3:
                median, best = hyperfine(command, 3, env)
            rows.append((name, f"pandoc -f {reader}", median, best, memory))
    calibre = shutil.which("ebook-convert")
    if calibre and len(sources) == 1:
        cenv = dict(env, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox")
        result = timed([calibre, source, out + "-calibre.epub"], cenv, check=False)
        if result:
            rows.append((name, "calibre ebook-convert", result[0], result[0], result[1]))
    return rows


def library_run(tobook, library, work, env, peers):
    """One batch run over every .txt and .text file under `library`, `--jobs` the cores, and
    calibre (when installed and `peers`) on the smallest, the middle and the largest book."""
    books = sorted(
        os.path.join(folder, name) for folder, _, names in os.walk(library) for name in names
        if name.endswith((".txt", ".text")))
    out = os.path.join(work, "library")
    os.makedirs(out)
    jobs = os.cpu_count() or 1
    seconds, memory = timed(
        [tobook, "-r", library, "--output-dir", out, "--jobs", str(jobs), "-q"], env)
    written = sum(1 for name in os.listdir(out) if name.endswith(".epub"))
    megabytes = sum(os.path.getsize(book) for book in books) / 1e6
    by_size = sorted(books, key=os.path.getsize)
    sample = [by_size[0], by_size[len(by_size) // 2], by_size[-1]] if by_size else []
    compared = []
    calibre = shutil.which("ebook-convert")
    for book in sample:
        alone = timed([tobook, book, "-o", os.path.join(work, "one.epub")], env)[0]
        theirs = None
        if peers and calibre:
            cenv = dict(env, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox")
            result = timed([calibre, book, os.path.join(work, "one-calibre.epub")], cenv,
                           check=False)
            theirs = result[0] if result else None
        compared.append((os.path.basename(book), os.path.getsize(book) / 1e6, alone, theirs))
    return dict(books=len(books), written=written, megabytes=megabytes, jobs=jobs,
                seconds=seconds, memory=memory, compared=compared, library=library)


def print_library(run):
    books, seconds = run["written"], run["seconds"]
    print(f"\nLibrary run: tobook -r {run['library']} --output-dir OUT --jobs {run['jobs']} (one run)")
    print(f"  {books} of {run['books']} books ({run['megabytes']:.1f} MB of text) in {seconds:.1f} s: "
          f"{books / seconds:.1f} books/s, {run['megabytes'] / seconds:.1f} MB/s, "
          f"peak memory {run['memory']:.0f} MB")
    print(f"  one machine: about {3600 * books / seconds:,.0f} books an hour "
          f"({3600 * run['megabytes'] / seconds / 1000:.1f} GB of text) at this library's mean size "
          f"of {run['megabytes'] / max(books, 1):.2f} MB")
    if run["compared"]:
        print(f"  {'book':<40} {'MB':>6} {'tobook s':>9} {'calibre s':>10} {'calibre / tobook':>17}")
        for name, megabytes, ours, theirs in run["compared"]:
            if theirs is None:
                print(f"  {name:<40} {megabytes:6.2f} {ours:9.2f} {'-':>10}")
            else:
                print(f"  {name:<40} {megabytes:6.2f} {ours:9.2f} {theirs:10.2f} {theirs / ours:16.0f}x")
        timed_three = [theirs for _, _, _, theirs in run["compared"] if theirs]
        if len(timed_three) == len(run["compared"]):
            mean = sum(timed_three) / len(timed_three)
            print(f"  calibre at its mean of these three ({mean:.1f} s a book, one at a time): "
                  f"{books * mean / 60:.0f} minutes for the library")


def parse_rows(tobook, old, book, runs, env):
    """Median seconds of `--outline` on the book for this binary and a baseline one, their runs
    interleaved (this, old, old, this, …) so that drifts in the machine's speed hit both alike."""
    import time
    times = {tobook: [], old: []}
    for index in range(max(runs, 20)):
        order = (tobook, old) if index % 2 == 0 else (old, tobook)
        for binary in order:
            start = time.perf_counter()
            subprocess.run([binary, book, "--outline", "--json"], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            times[binary].append(time.perf_counter() - start)
    return statistics.median(times[tobook]), statistics.median(times[old])


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    tobook, corpus = os.path.abspath(args[0]), args[1]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 5
    peers = "--no-peers" not in args
    war_and_peace = os.path.join(corpus, "war-and-peace.txt")
    work = tempfile.mkdtemp(prefix="tobook-bench-")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    notes = []
    for tool, command in (("pandoc", "pandoc"), ("calibre", "ebook-convert")):
        if peers and not shutil.which(command):
            notes.append(f"note: {tool} is not installed; its rows are skipped")
    try:
        inputs = [
            ("article", os.path.join(REPO, "examples", "article.txt")),
            ("Pride and Prejudice", os.path.join(corpus, "pride-and-prejudice.txt")),
            ("War and Peace", war_and_peace),
        ]
        big = os.path.join(work, "concatenation-50.txt")
        concatenation(corpus, 50, big)
        inputs.append(("50 MB concatenation", big))
        # One book of six corpus books (--combine); in UTF-8, which pandoc requires.
        six = []
        for book in ["alice.txt", "frankenstein.txt", "pride-and-prejudice.txt",
                     "sherlock-holmes-latin1.txt", "moby-dick.txt", "hamlet.txt"]:
            path = os.path.join(work, book)
            encoding = "latin-1" if "latin1" in book else "utf-8"
            with open(os.path.join(corpus, book), encoding=encoding) as text:
                open(path, "w", encoding="utf-8").write(text.read())
            six.append(path)
        inputs.append(("six books, one book", six))
        rows = []
        for name, source in inputs:
            rows += epub_rows(name, source, tobook, work, runs, env, peers)
        os.remove(big)

        # PDF of War and Peace.
        pdf = os.path.join(work, "wp.pdf")
        pdf_median, pdf_best = hyperfine([tobook, war_and_peace, "-o", pdf], runs, env)
        _, pdf_memory = timed([tobook, war_and_peace, "-o", pdf], env)
        pdf_pages = pages(pdf)
        calibre_pdf = None
        if peers and shutil.which("ebook-convert"):
            cenv = dict(env, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox")
            cal_pdf = os.path.join(work, "cal.pdf")
            result = timed(["ebook-convert", war_and_peace, cal_pdf], cenv, check=False)
            if result:
                calibre_pdf = (result[0], result[1], pages(cal_pdf))

        parse_cost = None
        if "--baseline" in args:
            old = os.path.abspath(args[args.index("--baseline") + 1])
            parse_cost = parse_rows(tobook, old, war_and_peace, runs, env)

        library = None
        if "--no-library" not in args:
            folder = (args[args.index("--library") + 1] if "--library" in args else
                      os.path.join(os.path.dirname(os.path.abspath(corpus)), "corpus-dev", "books"))
            if os.path.isdir(folder):
                library = library_run(tobook, folder, work, env, peers)
            else:
                notes.append(f"note: no library at {folder}; the library run is skipped")

        growth = memory_growth(tobook, war_and_peace, work, env)
        large = large_inputs(tobook, war_and_peace, work, env) if "--no-large" not in args else []
        baseline = timed([tobook, "--version"], env)[1]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"EPUB: hyperfine medians of {runs} runs (50 MB: fewer); peers one run when slower than 3 s")
    print(f"{'input':<21} {'tool':<22} {'median s':>9} {'best s':>8} {'vs tobook':>10} {'peak MB':>8}")
    for name, _ in inputs:
        group = [r for r in rows if r[0] == name]
        base = group[0][2]
        for _, tool, median, best, memory in group:
            if median is None:
                print(f"{name:<21} {tool:<22} {'failed':>9}")
                continue
            print(f"{name:<21} {tool:<22} {median:9.3f} {best:8.3f} {median / base:9.1f}x {memory:8.0f}")
    print("(six books, one book: tobook given the six files, pandoc the same; calibre takes one file)")
    print()
    print("PDF, War and Peace (tobook: the ereader page, 90x120 mm; calibre: its default Letter page)")
    print(f"{'tool':<22} {'median s':>9} {'pages':>6} {'pages/s':>8} {'vs tobook':>10} {'peak MB':>8}")
    print(f"{'tobook':<22} {pdf_median:9.2f} {pdf_pages:6d} {pdf_pages / pdf_median:8.0f} {1:9.1f}x {pdf_memory:8.0f}")
    if calibre_pdf:
        seconds, memory, count = calibre_pdf
        print(f"{'calibre ebook-convert':<22} {seconds:9.2f} {count:6d} {count / seconds:8.0f} {seconds / pdf_median:9.1f}x {memory:8.0f}")
    print(f"tobook PDF best run: {pdf_best:.2f} s, {pdf_pages / pdf_best:.0f} pages/s")

    wp = {tool: (median, memory) for name, tool, median, _, memory in rows if name == "War and Peace" and median}
    size = os.path.getsize(war_and_peace) / 2**20
    print("\nTargets on War and Peace (issues 8 and 21):")
    t, m = wp["tobook"]
    if "calibre ebook-convert" in wp:
        print(f"  EPUB vs calibre:         {wp['calibre ebook-convert'][0] / t:6.1f}x faster (target 50x)")
    if "pandoc -f commonmark" in wp:
        print(f"  EPUB vs pandoc commonmark:{wp['pandoc -f commonmark'][0] / t:5.1f}x faster (target 10x)")
    print(f"  EPUB vs gzip -6 floor:   {t / wp['gzip -6 (floor)'][0]:6.2f}x the floor (target at most 2x)")
    print(f"  EPUB peak memory:        {m:6.0f} MB = {m / size:.1f}x the {size:.1f} MB input "
          f"(target 27 MB + 4x the input = {27 + 4 * size:.0f} MB); less the {baseline:.0f} MB any run "
          f"of the binary takes: {(m - baseline) / size:.1f}x")
    print(f"  PDF pages per second:    {pdf_pages / pdf_median:6.0f} (target 1000)")
    if calibre_pdf:
        print(f"  PDF vs calibre:          {calibre_pdf[0] / pdf_median:6.1f}x faster (target 20x)")
    for note in notes:
        print(note)

    if library:
        print_library(library)

    if parse_cost:
        new, old = parse_cost
        print(f"\nParse of War and Peace (--outline: decoding, structure, typography; medians of "
              f"{max(runs, 20)} interleaved runs):")
        print(f"  this tobook {new:.3f} s, baseline {old:.3f} s: {100 * (new / old - 1):+.1f} %"
              " (target: at most +10 %)")
    print("\nMemory against book length (War and Peace; 2.00 = the text twice):")
    print(f"{'share':>6} {'MB text':>8} {'pages':>6} {'PDF s':>7} {'pages/s':>8} {'PDF MB':>7} {'EPUB MB':>8} {'typesetter MB':>14}")
    for share, megabytes, count, seconds, memory, model in growth:
        print(f"{share:6.2f} {megabytes:8.2f} {count:6d} {seconds:7.2f} {count / seconds:8.0f} {memory:7.0f} {model:8.0f} {memory - model:14.0f}")
    print("typesetter MB = PDF peak - EPUB peak: what typesetting adds to the shared book model;")
    print("its word caches are bounded, so it levels off while the model grows with the text.")
    if large:
        print("\nTime per MB: War and Peace's text repeated to each size inside one Gutenberg frame")
        print("(EPUB with the generated cover; medians of 5 interleaved runs, 50 MB 3, 200 MB one;")
        print(" 'less fixed' takes off the time of the 10 KB slice, what any run costs: start-up, cover)")
        print(f"{'MB text':>8} {'chapters':>9} {'seconds':>8} {'s per MB':>9} {'less fixed':>11} {'peak MB':>8} {'peak / input':>13}")
        fixed = large[0][2]
        for megabytes, chapters, seconds, memory in large:
            marginal = (seconds - fixed) / megabytes if megabytes >= 0.9 else float("nan")
            print(f"{megabytes:8.2f} {chapters if chapters >= 0 else '':>9} {seconds:8.2f} {seconds / megabytes:9.3f} {marginal:11.3f} {memory:8.0f} {memory / megabytes:12.1f}x")
        scaled = [row for row in large if 0.9 <= row[0] <= 51]
        flat = [seconds / megabytes for megabytes, _, seconds, _ in scaled]
        less = [(seconds - fixed) / megabytes for megabytes, _, seconds, _ in scaled]
        print(f"time per MB from 1 to 50 MB: {min(flat):.3f} to {max(flat):.3f} s, the highest "
              f"{(max(flat) / min(flat) - 1) * 100:.0f} % above the lowest; less the fixed cost "
              f"{min(less):.3f} to {max(less):.3f} s, {(max(less) / min(less) - 1) * 100:.0f} % (target: within 25 %)")
        first, last = large[1], large[-1]
        slope = (last[3] - first[3]) / (last[0] - first[0])
        print(f"memory slope {slope:.1f} MB per MB of text (the constant part: {first[3] - slope * first[0]:.0f} MB)")
        print(f"200 MB of text: peak {last[3]:.0f} MB = {last[3] / last[0]:.1f}x its size (target at most 3x)")


def memory_growth(tobook, source, work, env):
    """PDF and EPUB runs on a quarter, half, all and twice War and Peace."""
    with open(source, encoding="utf-8") as handle:
        lines = handle.readlines()
    # Twice the text: the body repeated inside one Project Gutenberg frame (after the END
    # lines a second copy would be read as the closing licence text).
    start = next(i for i, line in enumerate(lines) if line.startswith("*** START OF")) + 1
    end = next(
        i for i, line in enumerate(lines)
        if line.startswith("*** END OF") or line.startswith("End of the Project Gutenberg")
    )
    twice = lines[:end] + lines[start:end] + lines[end:]
    growth = []
    for share in (0.25, 0.5, 1.0, 2.0):
        part = os.path.join(work, f"part-{share}.txt")
        with open(part, "w", encoding="utf-8") as handle:
            handle.writelines(twice if share == 2.0 else lines[: int(len(lines) * share)])
        out = os.path.join(work, f"part-{share}.pdf")
        seconds, memory = timed([tobook, part, "-o", out], env)
        _, model = timed([tobook, part, "-o", os.path.join(work, f"part-{share}.epub")], env)
        growth.append((share, os.path.getsize(part) / 1e6, pages(out), seconds, memory, model))
    return growth


def large_inputs(tobook, source, work, env):
    """War and Peace's body repeated to 1, 5, 10, 50 and 200 MB between its own Gutenberg
    header and footer, and a 10 KB slice for the fixed cost of any run: (MB, chapters, median
    seconds, peak MB) for each. The sizes up to 50 MB are run in interleaved rounds, so that a
    slow spell of the machine falls on all of them alike."""
    with open(source, "rb") as handle:
        lines = handle.read().splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(b"*** START OF")) + 1
    end = next(
        i for i, line in enumerate(lines)
        if line.startswith(b"*** END OF") or line.startswith(b"End of the Project Gutenberg")
    )
    header, body, footer = b"".join(lines[:start]), b"".join(lines[start:end]), b"".join(lines[end:])
    paths = {}
    for megabytes in (0.01, 1, 5, 10, 50, 200):
        target = int(megabytes * 1_000_000) - len(header) - len(footer)
        repeated = body * (max(target, 0) // len(body) + 1)
        text = header + repeated[: repeated.rfind(b"\n", 0, max(target, 1)) + 1] + footer
        if megabytes < 1:
            text = header + body[: body.rfind(b"\n", 0, 10_000) + 1] + footer
        path = os.path.join(work, f"repeated-{megabytes}.txt")
        with open(path, "wb") as handle:
            handle.write(text)
        paths[megabytes] = (path, len(text) / 1e6)
    times = {megabytes: [] for megabytes in paths}
    peaks = {megabytes: 0.0 for megabytes in paths}
    for round in range(5):
        for megabytes, (path, _) in paths.items():
            if megabytes == 200 and round > 0 or megabytes == 50 and round > 2:
                continue
            seconds, memory = timed([tobook, path, "-o", path + ".epub"], env)
            times[megabytes].append(seconds)
            peaks[megabytes] = max(peaks[megabytes], memory)
    large = []
    for megabytes, (path, size) in paths.items():
        chapters = -1
        if megabytes <= 50:
            outline = subprocess.run([tobook, path, "--outline", "--json"], capture_output=True, env=env)
            chapters = json.loads(outline.stdout)["totals"]["chapters"]
        large.append((size, chapters, statistics.median(times[megabytes]), peaks[megabytes]))
        os.remove(path + ".epub")
        os.remove(path)
    return large


if __name__ == "__main__":
    main()
