#!/usr/bin/env python3
"""Cross-validated heading figures for the pasted articles (make eval-articles).

`train_headings.py crossval --score-folder ARTICLES` converts each fifth of the articles with
heading weights fitted without it into DIR/NAME.epub. This scores those books' headings (the
h1-h6 of the spine, as the corpus scorer reads any EPUB) against the articles' truth with the
corpus scorer's own alignment, one line per paste style.

Usage: article_cv.py EPUB_DIR ARTICLES_DIR
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    epubs, folder = sys.argv[1:]
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(folder)), "tools"))
    from article_score import Epub, book_headings, score_headings  # noqa: E402

    with open(os.path.join(folder, "truth.json")) as f:
        truth = json.load(f)
    for style in ("blank-line", "single-newline"):
        matched = true = detected = 0
        names = [name for name, entry in sorted(truth.items()) if entry["style"] == style]
        for name in names:
            path = os.path.join(epubs, os.path.splitext(name)[0] + ".epub")
            headings = book_headings(Epub(path))
            score = score_headings(headings, truth[name]["headings"], truth[name]["title"])
            matched += score["matched"]
            true += score["true"]
            detected += score["detected"]
        p = matched / detected if detected else 0.0
        r = matched / true if true else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{style:15} cross-validated n={len(names):3}  headings P {p:.3f} R {r:.3f} "
              f"F1 {f1:.3f} ({matched}/{true}, {detected} detected)")


if __name__ == "__main__":
    main()
