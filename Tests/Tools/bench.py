#!/usr/bin/env python3
"""make bench: times the release tobook on War and Peace (EPUB and PDF at the default page size),
reports pages per second and peak memory, checks that memory stays flat as the book grows, and
sets calibre's ebook-convert beside it when installed.

Large inputs (issue 7): 10, 50 and 200 MB made by concatenating corpus books (cut at a line end)
are converted once each; time and peak memory must grow linearly, memory within ~5x the input.

Usage: bench.py TOBOOK CORPUS_DIR [--runs N] [--no-peers] [--no-large]
Times are medians of wall-clock seconds; peak memory is the maximum resident set size reported
by /usr/bin/time (%M). Nothing here is a pass/fail test: it prints one table to read.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

def timed(command, env=None):
    """Wall seconds and peak RSS (MB) of one run, via /usr/bin/time."""
    with tempfile.NamedTemporaryFile(mode="r") as report:
        full = ["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command
        result = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.decode()[-500:]}")
        seconds, kilobytes = report.read().split()[-2:]
        return float(seconds), int(kilobytes) / 1024

def median_run(command, runs, env=None):
    samples = [timed(command, env) for _ in range(runs)]
    return statistics.median(s for s, _ in samples), max(m for _, m in samples), min(s for s, _ in samples)

def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))

def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    tobook, corpus = args[0], args[1]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 5
    peers = "--no-peers" not in args
    source = os.path.join(corpus, "war-and-peace.txt")
    size_mb = os.path.getsize(source) / 1e6
    work = tempfile.mkdtemp(prefix="tobook-bench-")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    rows = []
    try:
        epub = os.path.join(work, "wp.epub")
        pdf = os.path.join(work, "wp.pdf")
        t, m, best = median_run([tobook, source, "-o", epub], runs, env)
        rows.append(("tobook EPUB", t, best, m, None))
        t, m, best = median_run([tobook, source, "-o", pdf], runs, env)
        n = pages(pdf)
        rows.append(("tobook PDF", t, best, m, n))
        pdf_time, pdf_pages = t, n

        # Memory against book length: a quarter, half, all and twice the text. The PDF run holds
        # the book model too (as the EPUB run does), so the typesetter's own share is the gap.
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

        large = []
        if "--no-large" not in args:
            books = ["war-and-peace.txt", "moby-dick.txt", "pride-and-prejudice.txt",
                     "frankenstein.txt", "leaves-of-grass.txt", "alice.txt"]
            blob = b"".join(open(os.path.join(corpus, b), "rb").read() for b in books)
            for megabytes in (10, 50, 200):
                data = blob * (megabytes * 1_000_000 // len(blob) + 1)
                cut = data.rfind(b"\n", 0, megabytes * 1_000_000) + 1
                path = os.path.join(work, f"large-{megabytes}.txt")
                with open(path, "wb") as handle:
                    handle.write(data[:cut])
                del data
                seconds, memory = timed([tobook, path, "-o", path + ".epub"], env)
                large.append((cut / 1e6, seconds, memory))
                os.remove(path + ".epub")
                os.remove(path)

        calibre = shutil.which("ebook-convert") if peers else None
        if calibre:
            # Chromium refuses to run as root without this.
            cenv = dict(env, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox")
            t, m = timed([calibre, source, os.path.join(work, "cal.epub")], cenv)
            rows.append(("calibre EPUB", t, t, m, None))
            cal_pdf = os.path.join(work, "cal.pdf")
            t, m = timed([calibre, source, cal_pdf], cenv)
            rows.append(("calibre PDF (Letter)", t, t, m, pages(cal_pdf)))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"War and Peace: {size_mb:.1f} MB of text; tobook medians of {runs} runs, peers one run\n")
    print(f"{'tool':<22} {'median s':>9} {'best s':>8} {'peak MB':>8} {'pages':>6} {'pages/s':>8} {'vs tobook':>10}")
    base = {"EPUB": rows[0][1], "PDF": pdf_time}
    for name, seconds, best, memory, count in rows:
        rate = f"{count / seconds:8.0f}" if count else f"{'':>8}"
        kind = "PDF" if "PDF" in name else "EPUB"
        ratio = seconds / base[kind]
        print(f"{name:<22} {seconds:9.2f} {best:8.2f} {memory:8.0f} {count or '':>6} {rate} {ratio:9.1f}x")
    print(f"\ntobook PDF: {pdf_pages / pdf_time:.0f} pages/s (median), {pdf_pages / min(r[2] for r in rows if r[0] == 'tobook PDF'):.0f} pages/s (best run)")
    print("\nMemory against book length (War and Peace; 2.00 = the text twice):")
    print(f"{'share':>6} {'MB text':>8} {'pages':>6} {'PDF s':>7} {'pages/s':>8} {'PDF MB':>7} {'EPUB MB':>8} {'typesetter MB':>14}")
    for share, megabytes, count, seconds, memory, model in growth:
        print(f"{share:6.2f} {megabytes:8.2f} {count:6d} {seconds:7.2f} {count / seconds:8.0f} {memory:7.0f} {model:8.0f} {memory - model:14.0f}")
    print("typesetter MB = PDF peak - EPUB peak: what typesetting adds to the shared book model;")
    print("its word caches are bounded, so it levels off while the model grows with the text.")
    if large:
        print("\nLarge inputs (corpus books concatenated; EPUB with generated cover; one run each):")
        print(f"{'MB text':>8} {'seconds':>8} {'s per MB':>9} {'peak MB':>8} {'peak / input':>13}")
        for megabytes, seconds, memory in large:
            print(f"{megabytes:8.1f} {seconds:8.2f} {seconds / megabytes:9.3f} {memory:8.0f} {memory / megabytes:12.1f}x")
        first, last = large[0], large[-1]
        slope = (last[2] - first[2]) / (last[0] - first[0])
        print(f"memory slope {slope:.1f} MB per MB of text (the constant part: {first[2] - slope * first[0]:.0f} MB);"
              f" time per MB from {first[1] / first[0]:.3f} to {last[1] / last[0]:.3f} s")

if __name__ == "__main__":
    main()
