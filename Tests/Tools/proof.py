#!/usr/bin/env python3
"""Contact sheets for `make proof`: for each built-in style, one PNG of a book as a reader sees it.

    python3 Tests/Tools/proof.py TOBOOK CORPUS OUT_DIR [--work DIR]

For each style (default, modern, plain) the sheet has two rows: the cover, the title page, a
chapter opening, a page of verse and a page of a play. The EPUB row is drawn by MuPDF (`mutool
draw`, the engine behind several readers) laid out at 600×800, as the tests lay it out, with the
type at the size the PDF's 10 pt comes to on that screen (23.5 px). The PDF row (the default
`ereader` page, drawn by MuPDF at its own size) has the same pages, with the contents page where
the EPUB has its cover (the PDF has none). Headless Chromium lays the thumbnails out in a small
HTML page with captions and takes its screenshot, written to OUT_DIR/proof-STYLE.png.

The pages are found by their content, never by number: the EPUB's own markup says what each
page holds (the `titlepage` section, the first `chapter` section's heading and first words, the
`.verse` lines, the paragraphs with a `.speaker`), and each page's text from `mutool draw -F txt`
says where that markup landed. The page of verse is the EPUB page with the most verse lines among
those holding an indented line (indents are what a style can lose), the page of a play the one
with the most speeches; the PDF row shows the PDF page holding the middle one of them, and the
other styles the pages holding it too, so every row of every sheet shows the same passage.

The books are Alice's Adventures in Wonderland (cover, title page, chapter opening, verse) and
Hamlet (the play) from CORPUS; where one is missing, a short sampler written here stands in.
Needs `mutool` and `chromium` (`.ci/install-deps proof` installs them).
"""

import argparse
import bisect
import html
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path, PurePosixPath

STYLES = ["default", "modern", "plain"]
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
OPF = "{http://www.idpf.org/2007/opf}"
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
EPUB_SCREEN = (600, 800)
# MuPDF's type size for the EPUB (its default, 11, is a phone's at arm's length): the PDF's 10 pt
# on its 90-mm page scaled to the 600-pixel screen, 23.5, so both rows read at one size.
EPUB_FONT = round(10 * EPUB_SCREEN[0] / (90 / 25.4 * 72), 1)
THUMB = (300, 400)  # each page on the sheet, in pixels (3:4, like the screen and the page)
GAP, PAD, LABEL, CAPTION, TITLE = 16, 20, 26, 34, 34

# Stands in for a corpus book that is missing: a title page, chapters, a poem with indented
# lines in stanzas, and a scene of a play.
SAMPLER = """The Reader's Sampler

by Ann Lee


CHAPTER I. Down the Rabbit-Hole

It was a bright cold day in April, and the clocks were striking thirteen. She
walked on -- perpetrated by nobody -- down the long road, and wrote to
business@pglaf.org about the matter before she came home to her.

The second paragraph goes on a little, so that the chapter has some body
before the poem begins, and the reader sees how the lines fall.


CHAPTER II. A Song

    'Twinkle, twinkle, little bat!
    How I wonder what you're at!
      Up above the world you fly,
      Like a tea-tray in the sky.
    Twinkle, twinkle, little bat, and this line goes on much longer than any screen is wide, so that it must wrap.

    The second stanza comes after a blank line,
      And its second line is indented,
    And its third is not, as poems go.


CHAPTER III. A Scene


""" + "".join(
    ("HAMLET." if index % 2 == 0 else "OPHELIA.")
    + f" Speech {index + 1}: my lord, I have remembrances of yours that I have longed"
    + " long to re-deliver.\n\n"
    for index in range(24)
)


def letters(text):
    """The letters of `text` alone, folded: what survives line breaks, hyphenation, ligatures,
    quotes and page numbers unchanged between the markup and a page's text."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalpha())


def text_of(element):
    return "".join(element.itertext())


def classes(element):
    return (element.get("class") or "").split()


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, **kwargs)
    if result.returncode != 0:
        sys.exit(
            f"proof: {' '.join(map(str, command))} exited {result.returncode}:\n"
            + result.stderr.decode("utf-8", "replace")
        )
    return result.stdout


class Book:
    """A book as MuPDF pages it: the letters of every page, end to end, and where each page
    starts in them."""

    def __init__(self, path):
        self.path = path
        self.layout = (
            ["-W", str(EPUB_SCREEN[0]), "-H", str(EPUB_SCREEN[1]), "-S", str(EPUB_FONT)]
            if path.suffix == ".epub"
            else []
        )
        text = run(["mutool", "draw", "-q", *self.layout, "-F", "txt", "-o", "-", str(path)])
        pages = text.decode("utf-8", "replace").split("\f")
        if pages and not pages[-1].strip():
            pages.pop()
        self.pages = len(pages)
        self.starts, self.stream = [], ""
        for page in pages:
            self.starts.append(len(self.stream))
            self.stream += letters(page)

    def page_at(self, offset):
        """The page (from 1) holding the letter at `offset`."""
        return bisect.bisect_right(self.starts, offset)

    def find(self, snippet, start=0):
        """The page where `snippet` (letters) first appears after `start`, or None."""
        offset = self.stream.find(snippet, start)
        return None if offset < 0 or not snippet else self.page_at(offset)

    def locate(self, snippets):
        """The page of each snippet, found in reading order (None where one is not found)."""
        pages, cursor = [], 0
        for snippet in snippets:
            offset = self.stream.find(snippet, cursor) if snippet else -1
            if offset < 0:
                pages.append(None)
            else:
                pages.append(self.page_at(offset))
                cursor = offset + len(snippet)
        return pages

    def draw(self, numbers, folder, name):
        """Draws pages `numbers` as THUMB-sized PNGs: folder/name-N.png."""
        if self.layout:  # an EPUB page is laid out at the screen's size, then scaled
            size = ["-r", str(72 * THUMB[0] / EPUB_SCREEN[0])]
        else:  # a PDF page is drawn at its own size, scaled to the thumbnail's width
            size = ["-w", str(THUMB[0])]
        pattern = folder / f"{name}-%d.png"
        pages = ",".join(str(n) for n in sorted(set(numbers)))
        command = ["mutool", "draw", "-q", *self.layout, *size, "-o", str(pattern)]
        run([*command, str(self.path), pages])
        return {n: folder / f"{name}-{n}.png" for n in numbers}


class Markup:
    """The EPUB's spine documents, in reading order, parsed."""

    def __init__(self, epub):
        with zipfile.ZipFile(epub) as archive:
            container = ET.fromstring(archive.read("META-INF/container.xml"))
            opf_path = container.find(f".//{CONTAINER}rootfile").get("full-path")
            opf = ET.fromstring(archive.read(opf_path))
            hrefs = {item.get("id"): item.get("href") for item in opf.iter(f"{OPF}item")}
            folder = PurePosixPath(opf_path).parent
            self.documents = [
                ET.fromstring(archive.read(str(folder / hrefs[ref.get("idref")])))
                for ref in opf.iter(f"{OPF}itemref")
            ]

    def sections(self, name):
        return [
            section
            for document in self.documents
            for section in document.iter(f"{XHTML}section")
            if name in classes(section)
        ]

    def first_document_has_cover(self):
        first = self.documents[0]
        body = first.find(f"{XHTML}body")
        return first.find(f".//{XHTML}img") is not None and not letters(text_of(body))

    def title_page(self):
        # tobook's generated page (class titlepage), or a Gutenberg book's own title block that
        # stands in for it (epub:type titlepage).
        pages = self.sections("titlepage") or [
            section
            for document in self.documents
            for section in document.iter(f"{XHTML}section")
            if "titlepage" in section.get(EPUB_TYPE, "").split()
        ]
        return letters(text_of(pages[0])) if pages else None

    def chapter_headings(self):
        """Each chapter's heading, in letters."""
        headings = []
        for section in self.sections("chapter"):
            heading = next((e for e in section if e.tag[len(XHTML) :] in HEADINGS), None)
            if heading is not None:
                headings.append(letters(text_of(heading)))
        return headings

    def chapter_opening(self):
        """The first chapter's heading and the first words after it, in letters."""
        chapters = self.sections("chapter")
        if not chapters:
            return None
        body = [letters(text_of(e)) for e in chapters[0]]
        return "".join(body)[: len(body[0]) + 40] if body else None

    def verse_lines(self):
        """(letters, indented) of each verse line."""
        return [
            (letters(text_of(p)), any(c.startswith("i") for c in classes(p)))
            for div in self.all(f"{XHTML}div")
            if "verse" in classes(div)
            for p in div.iter(f"{XHTML}p")
        ]

    def speeches(self):
        """(letters, True) of each paragraph with a speaker's name."""
        return [
            (letters(text_of(p)), True)
            for p in self.all(f"{XHTML}p")
            if any("speaker" in classes(span) for span in p.iter(f"{XHTML}span"))
        ]

    def all(self, tag):
        return [element for document in self.documents for element in document.iter(tag)]


# The corpus books and the pages each gives.
BOOKS = [("alice.txt", ["cover", "title", "chapter", "verse"]), ("hamlet.txt", ["play"])]
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def densest(epub, pdf, items, kind, anchors):
    """The pages of verse or of a play: the EPUB page with the most `items` among those holding a
    marked one (else of all), and the PDF page holding the middle item of that EPUB page; that
    item, kept in `anchors`, picks the pages of the other styles, so each sheet shows the same
    passage. `items` are (letters, marked)."""
    if not items:
        sys.exit(f"proof: the book has no {kind}")
    epub_pages = epub.locate([snippet for snippet, _ in items])
    pdf_pages = pdf.locate([snippet for snippet, _ in items])
    if kind not in anchors:
        score = {}
        for page, (_, marked) in zip(epub_pages, items):
            if page is not None:
                held, count = score.get(page, (False, 0))
                score[page] = (held or marked, count + 1)
        if not score:
            sys.exit(f"proof: no {kind} found on the EPUB's pages")
        best = max(score.values())
        page = min(p for p, s in score.items() if s == best)
        on_page = [i for i, p in enumerate(epub_pages) if p == page]
        anchors[kind] = on_page[len(on_page) // 2]
    anchor = anchors[kind]
    return (
        require(epub_pages[anchor], f"the EPUB's page of {kind}"),
        require(pdf_pages[anchor], f"the PDF's page of {kind}"),
    )


def require(value, what):
    if value is None:
        sys.exit(f"proof: could not find {what}")
    return value


def pages_of(markup, epub, pdf, kinds, anchors):
    """{kind: (EPUB page, PDF page, caption of the PDF page)} for the kinds asked for."""
    found = {}
    if "cover" in kinds:
        if not markup.first_document_has_cover():
            sys.exit("proof: the EPUB does not open on its cover")
        headings = markup.chapter_headings()
        contents = require(pdf.find("".join(headings[:2])), "the PDF's contents page")
        found["cover"] = (1, contents, "contents: a PDF has no cover")
    if "title" in kinds:
        title = require(markup.title_page(), "a title page")
        found["title"] = (
            require(epub.find(title), "the EPUB's title page"),
            require(pdf.find(title), "the PDF's title page"),
            None,
        )
    if "chapter" in kinds:
        opening = require(markup.chapter_opening(), "a chapter")
        found["chapter"] = (
            require(epub.find(opening), "the EPUB's chapter opening"),
            require(pdf.find(opening), "the PDF's chapter opening"),
            None,
        )
    if "verse" in kinds:
        found["verse"] = (*densest(epub, pdf, markup.verse_lines(), "verse", anchors), None)
    if "play" in kinds:
        found["play"] = (*densest(epub, pdf, markup.speeches(), "speeches", anchors), None)
    return found


KINDS = [
    ("cover", "cover"),
    ("title", "title page"),
    ("chapter", "chapter opening"),
    ("verse", "verse"),
    ("play", "play"),
]


def sheet_html(style, versions, rows):
    """The sheet: a title line, then an EPUB row and a PDF row of captioned thumbnails."""
    width = 2 * PAD + len(KINDS) * THUMB[0] + (len(KINDS) - 1) * GAP
    row_height = LABEL + THUMB[1] + CAPTION
    height = 2 * PAD + TITLE + len(rows) * row_height + (len(rows) - 1) * GAP
    cells = []
    for row, (label, thumbs) in enumerate(rows):
        top = PAD + TITLE + row * (row_height + GAP)
        cells.append(
            f'<div class="label" style="left:{PAD}px;top:{top}px">{html.escape(label)}</div>'
        )
        for column, (image, caption) in enumerate(thumbs):
            left = PAD + column * (THUMB[0] + GAP)
            cells.append(
                f'<img src="{image.name}" style="left:{left}px;top:{top + LABEL}px"'
                f' width="{THUMB[0]}" height="{THUMB[1]}"/>'
                f'<div class="caption" style="left:{left}px;top:{top + LABEL + THUMB[1]}px">'
                f"{html.escape(caption)}</div>"
            )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
html, body {{ margin: 0; width: {width}px; height: {height}px; overflow: hidden; }}
body {{ background: #e9e7e2; }}
body {{ font: 14px/1.3 "DejaVu Sans", sans-serif; color: #222; }}
div, img {{ position: absolute; }}
img {{ background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); object-fit: contain; }}
.title {{ font-size: 18px; font-weight: bold; }}
.title span {{ font-weight: normal; font-size: 13px; color: #555; }}
.label {{ font-weight: bold; font-size: 14px; }}
.caption {{ width: {THUMB[0]}px; padding-top: 6px; font-size: 12px; color: #333; }}
</style></head><body>
<div class="title" style="left:{PAD}px;top:{PAD - 4}px">tobook --style {html.escape(style)}
<span>&#160; {html.escape(versions)}</span></div>
{chr(10).join(cells)}
</body></html>
"""
    return page, (width, height)


def screenshot(chromium, page, size, out):
    run(
        [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--force-device-scale-factor=1", f"--window-size={size[0]},{size[1]}",
            f"--screenshot={out}", page.as_uri(),
        ],
        stdin=subprocess.DEVNULL,
    )
    if not out.exists():
        sys.exit(f"proof: chromium wrote no {out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tobook")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--work", type=Path, default=Path(".build/proof"))
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not shutil.which("mutool"):
        sys.exit("proof: needs mutool and chromium (.ci/install-deps proof installs them)")

    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    sampler = args.work / "reading-sampler.txt"
    sources = {}
    for name, kinds in BOOKS:
        path = args.corpus / name
        if not path.exists():
            print(f"proof: {path} is missing; a sampler stands in for it", file=sys.stderr)
            sampler.write_text(SAMPLER, encoding="utf-8")
            path = sampler
        sources.setdefault(path, []).extend(kinds)

    tobook_version = run([args.tobook, "--version"]).decode().split()[-1]
    mupdf = subprocess.run(["mutool", "-v"], capture_output=True, text=True).stderr.split()[-1]
    versions = f"tobook {tobook_version} · EPUB and PDF drawn by MuPDF {mupdf}"

    args.out.mkdir(parents=True, exist_ok=True)
    anchors = {}  # the verse line and the speech the first style chose, for the others
    for style in STYLES:
        folder = args.work / style
        folder.mkdir()
        thumbs = {"epub": {}, "pdf": {}}
        for source, kinds in sources.items():
            stem = folder / source.stem
            run([args.tobook, str(source), "--style", style, "--format", "epub,pdf",
                 "-o", str(stem.with_suffix(".epub")), "--quiet"])
            epub, pdf = Book(stem.with_suffix(".epub")), Book(stem.with_suffix(".pdf"))
            markup = Markup(stem.with_suffix(".epub"))
            found = pages_of(markup, epub, pdf, kinds, anchors.setdefault(source, {}))
            epub_images = epub.draw([e for e, _, _ in found.values()], folder, stem.name + "-epub")
            pdf_images = pdf.draw([p for _, p, _ in found.values()], folder, stem.name + "-pdf")
            for kind, (epub_page, pdf_page, pdf_caption) in found.items():
                label = f"{dict(KINDS)[kind]} ({source.stem})"
                thumbs["epub"][kind] = (
                    epub_images[epub_page],
                    f"{label} · page {epub_page} of {epub.pages}",
                )
                thumbs["pdf"][kind] = (
                    pdf_images[pdf_page],
                    f"{pdf_caption or label} · page {pdf_page} of {pdf.pages}",
                )
        order = [kind for kind, _ in KINDS]
        rows = [
            (f"EPUB · at 600×800, {EPUB_FONT} px type", [thumbs["epub"][k] for k in order]),
            ("PDF · the ereader page (90×120 mm)", [thumbs["pdf"][k] for k in order]),
        ]
        page, size = sheet_html(style, versions, rows)
        (folder / "sheet.html").write_text(page, encoding="utf-8")
        out = args.out / f"proof-{style}.png"
        screenshot(chromium, (folder / "sheet.html").resolve(), size, out.resolve())
        print(f"proof: wrote {out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
