# tobook: make run (build and convert the example), make test (install checkers, run every test).
SWIFT ?= swift
RELEASE_BIN := .build/release/tobook
EXAMPLE := examples/article.txt
EXAMPLE_BOOK := examples/article.epub
SWIFT_SOURCES := Sources Tests Plugins Package.swift Benchmarks

CORPUS ?= ../shared/corpus
DEV_CORPUS ?= ../shared/corpus-dev/books
DEV_ARTICLES ?= ../shared/corpus-dev/articles
ARTICLE_SCORE := ../shared/corpus-dev/tools/article_score.py
TRAIN_TOOL := .build/release/tobook-train
TRAIN_VENV := .build/train-venv
TRAIN_PYTHON := $(TRAIN_VENV)/bin/python
FITTED := Sources/TobookKit/Parsing/Headings/HeadingModel+Fitted.swift

.PHONY: all run build test kindle-check proof eval eval-articles train train-tools examples bench microbench fuzz lint format clean manual \
	install install-files uninstall

# Installation layout (`make install PREFIX=~/.local`; DESTDIR for packagers).
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
# The man page's date: SOURCE_DATE_EPOCH, else the last commit's, so rebuilds give the same page.
MAN_DATE := $(shell date -u -d @$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || date +%s)} +%F)
MAN_CONFIGURATION ?= release
MANPAGE = .build/plugins/GenerateManual/outputs/TobookCLI/tobook.1

all: build

## run: install what is missing, build the release binary, convert the example, say where it is
run: build
	$(RELEASE_BIN) $(EXAMPLE) -o $(EXAMPLE_BOOK)
	@echo "Your book is at $(CURDIR)/$(EXAMPLE_BOOK)"

## build: the release binary at .build/release/tobook
build:
	@.ci/install-deps build
	$(SWIFT) build -c release --product tobook

## test: install the checkers the tests use (EPUBCheck, xmllint, unzip, man, zsh, fish), check
## the formatting and function lengths (make lint), then run every test (the install test needs
## the man page, generated from the debug build)
test:
	@.ci/install-deps test
	$(MAKE) lint
	$(SWIFT) build --build-tests
	$(MAKE) manual MAN_CONFIGURATION=debug
	$(SWIFT) test --skip-build --disable-xctest

## kindle-check: install calibre, then convert the reading sample EPUB -> AZW3 -> EPUB and check
## it shows one cover and the whole text (not in `make test`: calibre is large)
kindle-check:
	@.ci/install-deps kindle
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest --filter CalibreConversionTests

## manual: the man page, generated from the argument definitions by swift-argument-parser's
## generate-manual plugin (into $(MANPAGE))
manual:
	$(SWIFT) package plugin generate-manual --configuration $(MAN_CONFIGURATION) \
		--date $(MAN_DATE) --authors "the tobook authors" >/dev/null
	@test -s $(MANPAGE)

## install: the release binary, its man page and bash, zsh and fish completions under PREFIX
## (default /usr/local); uninstall removes them
install: build manual
	$(MAKE) install-files BIN=$(RELEASE_BIN)

# Copies BIN, the man page and the completion scripts BIN writes; builds nothing.
BIN ?= $(RELEASE_BIN)
install-files:
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 "$(BIN)" "$(BINDIR)/tobook"
	install -m 644 "$(MANPAGE)" "$(MANDIR)/tobook.1"
	"$(BIN)" --generate-completion-script bash > "$(BASHDIR)/tobook"
	"$(BIN)" --generate-completion-script zsh > "$(ZSHDIR)/_tobook"
	"$(BIN)" --generate-completion-script fish > "$(FISHDIR)/tobook.fish"
	@echo "Installed $(BINDIR)/tobook, its man page and completions"

uninstall:
	rm -f "$(BINDIR)/tobook" "$(MANDIR)/tobook.1" "$(BASHDIR)/tobook" "$(ZSHDIR)/_tobook" \
		"$(FISHDIR)/tobook.fish"

## eval: score the tables of contents of every book of $(CORPUS) and $(DEV_CORPUS) against their
## truth (per book and in total: precision, recall, F1, levels, words lost; calibre beside us when
## installed), then the same for $(DEV_CORPUS) cross-validated: each book converted with weights
## fitted on the other four fifths (and on the corpus and the articles); then the articles of
## $(DEV_ARTICLES) by the corpus's own scorer
eval: build train-tools
	python3 Tests/Tools/structure_eval.py $(RELEASE_BIN) $(CORPUS) $(DEV_CORPUS) --calibre
	rm -rf .build/eval-cv
	$(TRAIN_PYTHON) Training/train_headings.py crossval --tool $(TRAIN_TOOL) --out .build/eval-cv \
		--score-folder $(DEV_CORPUS) $(CORPUS) $(DEV_CORPUS) $(DEV_ARTICLES)
	python3 Tests/Tools/structure_eval.py $(RELEASE_BIN) $(DEV_CORPUS) --epubs .build/eval-cv \
		--label "cross-validated: each book scored with weights fitted without it"
	@test ! -f $(ARTICLE_SCORE) || python3 $(ARTICLE_SCORE) $(RELEASE_BIN) --articles $(DEV_ARTICLES)

## eval-articles: the pasted articles of $(DEV_ARTICLES) by the corpus's own scorer, one line per
## paste style: title, by-line, heading P/R/F1, list items in lists, words lost (by default and
## with --keep-boilerplate), with calibre and pandoc beside tobook where installed; then the
## headings cross-validated: each fifth of the articles converted with weights fitted without it
eval-articles: build train-tools
	python3 Tests/Tools/article_eval.py $(RELEASE_BIN) $(DEV_ARTICLES) --peers
	rm -rf .build/eval-cv-articles
	$(TRAIN_PYTHON) Training/train_headings.py crossval --tool $(TRAIN_TOOL) \
		--out .build/eval-cv-articles --score-folder $(DEV_ARTICLES) $(CORPUS) $(DEV_CORPUS) $(DEV_ARTICLES)
	python3 Tests/Tools/article_cv.py .build/eval-cv-articles $(DEV_ARTICLES)

## train: refit the heading model on $(CORPUS), $(DEV_CORPUS) and $(DEV_ARTICLES) and rewrite its
## weight table ($(FITTED)); the same data and tools give the same bytes
train: train-tools
	$(TRAIN_PYTHON) Training/train_headings.py fit --tool $(TRAIN_TOOL) --out $(FITTED) \
		$(CORPUS) $(DEV_CORPUS) $(DEV_ARTICLES)

# The training tool (release build) and a venv with the pinned fitting libraries.
train-tools:
	@.ci/install-deps build
	$(SWIFT) build -c release --product tobook-train
	@test -x $(TRAIN_PYTHON) || python3 -m venv $(TRAIN_VENV)
	@$(TRAIN_PYTHON) -m pip install --quiet --disable-pip-version-check -r Training/requirements.txt

## examples: PNG renderings (pdftoppm -r 100) of a PDF's pages, and three generated EPUB covers
examples: build
	$(RELEASE_BIN) $(CORPUS)/alice.txt -o examples/alice.pdf
	pdftoppm -r 100 -png -singlefile -f 1 -l 1 examples/alice.pdf examples/pdf-title
	pdftoppm -r 100 -png -singlefile -f 2 -l 2 examples/alice.pdf examples/pdf-contents
	page=$$(pdfinfo -dests examples/alice.pdf | awk '$$NF == "\"h1\"" { print $$1 }'); \
	pdftoppm -r 100 -png -singlefile -f $$page -l $$page examples/alice.pdf examples/pdf-chapter; \
	next=$$((page + 1)); pdftoppm -r 100 -png -singlefile -f $$next -l $$next examples/alice.pdf examples/pdf-page
	rm examples/alice.pdf
	@echo "Renderings in $(CURDIR)/examples: pdf-title.png pdf-contents.png pdf-chapter.png pdf-page.png"
	# Generated covers: a long title, a short one, and one in Cyrillic.
	$(RELEASE_BIN) $(CORPUS)/sherlock-holmes-latin1.txt -o examples/cover.epub
	unzip -p examples/cover.epub EPUB/images/cover.jpg > examples/cover-long-title.jpg
	$(RELEASE_BIN) $(CORPUS)/hamlet.txt -o examples/cover.epub
	unzip -p examples/cover.epub EPUB/images/cover.jpg > examples/cover-short-title.jpg
	$(RELEASE_BIN) $(CORPUS)/war-and-peace.txt -o examples/cover.epub --title "Война и мир" \
		--author "Лев Николаевич Толстой" --language ru
	unzip -p examples/cover.epub EPUB/images/cover.jpg > examples/cover-cyrillic.jpg
	rm examples/cover.epub
	@echo "Covers in $(CURDIR)/examples: cover-long-title.jpg cover-short-title.jpg cover-cyrillic.jpg"

## proof: contact sheets, one PNG a style (examples/proof-STYLE.png): the cover, the title page, a
## chapter opening, a page of verse and one of a play, as MuPDF draws the EPUB (600×800) and the PDF;
## installs MuPDF and Chromium when missing (not in `make test`)
proof: build
	@.ci/install-deps proof
	python3 Tests/Tools/proof.py $(RELEASE_BIN) $(CORPUS) examples

## bench: tobook beside pandoc, calibre and the gzip -6 floor (hyperfine medians, peak memory) on an
## article, Pride and Prejudice, War and Peace and 50 MB; PDF pages/s; a library run (books/s, peak
## memory, calibre on three books) over ../shared/corpus-dev/books; memory and time against size
## (BASELINE_BIN=old/tobook adds War and Peace's parse time against that binary, same run)
bench: build
	@.ci/install-deps bench
	python3 Tests/Tools/bench.py $(RELEASE_BIN) $(CORPUS) $(if $(BASELINE_BIN),--baseline $(BASELINE_BIN),)

## microbench: per-stage micro-benchmarks (package-benchmark in Benchmarks/: wall time, instructions,
## allocations, peak memory); `make microbench BASELINE=name` compares with a saved baseline
microbench:
	@.ci/install-deps build
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark \
		$(if $(BASELINE),baseline compare $(BASELINE),)

## fuzz: libFuzzer + AddressSanitizer over the whole EPUB pipeline for SECONDS (default 60),
## seeded with slices of the corpus and the regression inputs; findings go to .build-fuzz/artifacts
SECONDS ?= 60
FUZZ_DIR := .build-fuzz
fuzz:
	@.ci/install-deps build
	TOBOOK_FUZZ=1 $(SWIFT) build -c release --product tobook-fuzz --scratch-path $(FUZZ_DIR)
	Tests/Tools/fuzz-seeds $(CORPUS) $(FUZZ_DIR)/seeds
	mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	SWIFT_BACKTRACE=enable=no $(FUZZ_DIR)/release/tobook-fuzz $(FUZZ_DIR)/corpus \
		$(FUZZ_DIR)/seeds Tests/Fuzz/regressions -max_total_time=$(SECONDS) -max_len=16384 \
		-timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/artifacts/

## lint: check formatting against .swift-format, and that no function in Sources is over 80
## lines (Tests/Tools/long_functions.py)
lint:
	$(SWIFT) format lint --strict --recursive $(SWIFT_SOURCES)
	python3 Tests/Tools/long_functions.py Sources

## format: rewrite sources in the house format
format:
	$(SWIFT) format format --in-place --recursive $(SWIFT_SOURCES)

clean:
	rm -rf .build .build-fuzz $(EXAMPLE_BOOK)
