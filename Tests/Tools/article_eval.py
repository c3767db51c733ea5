#!/usr/bin/env python3
"""make eval-articles: the pasted articles of a folder scored by the corpus's own scorer
(corpus-dev/tools/article_score.py), one line per paste style (blank-line, single-newline) and
tool: title, by-line found in dc:creator, invented authors, heading P/R/F1, list items inside
<li>, and articles with words lost (site chrome left out counts here; the --keep-boilerplate
line shows the same books with nothing left out).

Usage: article_eval.py TOBOOK_BINARY ARTICLES_DIR [--peers] [--json OUT]
--peers also scores calibre's ebook-convert and pandoc where installed (calibre takes a few
seconds an article). The articles' truth.json names each file's paste style.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

# The corpus's scorer, beside the articles' folder (make passes ../shared/corpus-dev/articles).
def scorer_for(folder):
    return os.path.join(os.path.dirname(os.path.abspath(folder)), "tools", "article_score.py")


def style_lines(result, truth, label):
    lines = []
    for style in ("blank-line", "single-newline"):
        rows = [a for a in result["articles"] if truth[a["article"]]["style"] == style]
        tools = sorted({a["tool"] for a in rows}, key=lambda t: (t != "tobook", t))
        for tool in tools:
            arts = [a for a in rows if a["tool"] == tool]
            n = len(arts)
            title = sum(1 for a in arts if a.get("title_ok"))
            with_byline = [a for a in arts if truth[a["article"]]["byline"]]
            found = sum(1 for a in with_byline if (a.get("byline") or {}).get("found"))
            invented = sum(1 for a in arts
                           if not truth[a["article"]]["byline"] and (a.get("byline") or {}).get("invented"))
            heads = [a.get("headings") or {} for a in arts]
            matched = sum(h.get("matched", 0) for h in heads)
            true = sum(h.get("true", 0) for h in heads)
            detected = sum(h.get("detected", 0) for h in heads)
            p = matched / detected if detected else 0.0
            r = matched / true if true else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            lists = [a.get("lists") or {} for a in arts]
            items = sum(x.get("items", 0) for x in lists)
            in_li = sum(x.get("in_li", 0) for x in lists)
            lost = sum(1 for a in arts if (a.get("words") or {}).get("lost"))
            name = tool if label is None else f"{tool} {label}"
            lines.append(
                f"{style:15} {name:28} n={n:3}  title {title / n:.3f}  "
                f"byline {found / max(1, len(with_byline)):.3f} ({found}/{len(with_byline)}, invented {invented})  "
                f"headings P {p:.3f} R {r:.3f} F1 {f1:.3f} ({matched}/{true}, {detected} detected)  "
                f"lists {in_li / max(1, items):.3f} ({in_li}/{items})  words-lost {lost}")
    return lines


def run(binary, folder, extra, peers):
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "score.json")
        command = [sys.executable, scorer_for(folder), binary, "--articles", folder, "--json", out]
        if peers:
            if shutil.which("ebook-convert"):
                command.append("--calibre")
            if shutil.which("pandoc"):
                command.append("--pandoc")
        for arg in extra:
            command += ["--tobook-arg", arg]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        with open(out) as f:
            return json.load(f)


def main():
    args = sys.argv[1:]
    peers = "--peers" in args
    json_out = None
    if "--json" in args:
        json_out = args[args.index("--json") + 1]
        del args[args.index("--json"):args.index("--json") + 2]
    args = [a for a in args if a != "--peers"]
    if len(args) != 2:
        sys.exit(__doc__)
    binary, folder = args
    with open(os.path.join(folder, "truth.json")) as f:
        truth = json.load(f)
    default = run(binary, folder, [], peers)
    kept = run(binary, folder, ["--keep-boilerplate"], False)
    lines = style_lines(default, truth, None)
    lines += [line for line in style_lines(kept, truth, "--keep-boilerplate")]
    print("\n".join(lines))
    if json_out:
        with open(json_out, "w") as f:
            json.dump({"default": default, "keep_boilerplate": kept}, f, indent=1)


if __name__ == "__main__":
    main()
