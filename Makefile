# tobook: make run (build and convert the example), make test (install checkers, run every test).
SWIFT ?= swift
RELEASE_BIN := .build/release/tobook
EXAMPLE := examples/article.txt
EXAMPLE_BOOK := examples/article.epub
SWIFT_SOURCES := Sources Tests Plugins Package.swift Benchmarks

CORPUS ?= ../shared/corpus

.PHONY: all run build test eval examples bench microbench fuzz lint format clean

all: build

## run: install what is missing, build the release binary, convert the example, say where it is
run: build
	$(RELEASE_BIN) $(EXAMPLE) -o $(EXAMPLE_BOOK)
	@echo "Your book is at $(CURDIR)/$(EXAMPLE_BOOK)"

## build: the release binary at .build/release/tobook
build:
	@.ci/install-deps build
	$(SWIFT) build -c release --product tobook

## test: install the checkers the tests use (EPUBCheck, xmllint, unzip), then run every test
test:
	@.ci/install-deps test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## eval: score detected headings against $(CORPUS)/truth.json (calibre beside us when installed)
eval: build
	python3 Tests/Tools/structure_eval.py $(RELEASE_BIN) $(CORPUS)

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

## bench: tobook beside pandoc, calibre and the gzip -6 floor (hyperfine medians, peak memory) on an
## article, Pride and Prejudice, War and Peace and 50 MB; PDF pages/s; memory and time against size
bench: build
	@.ci/install-deps bench
	python3 Tests/Tools/bench.py $(RELEASE_BIN) $(CORPUS)

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

## lint: check formatting against .swift-format
lint:
	$(SWIFT) format lint --strict --recursive $(SWIFT_SOURCES)

## format: rewrite sources in the house format
format:
	$(SWIFT) format format --in-place --recursive $(SWIFT_SOURCES)

clean:
	rm -rf .build .build-fuzz $(EXAMPLE_BOOK)
