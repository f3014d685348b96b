# The README's two commands: `make` builds out/, `make test` runs every test.
# Everything the tests need is installed by this file (Python validators into .venv).

CARGO   ?= cargo
BIN     := target/release/amed-budget
SHARED  ?= ../shared
VENV    ?= .venv
export SHARED VENV

.PHONY: all build test check clean bench lint validate goldens validators

all: build

$(BIN): Cargo.toml Cargo.lock $(wildcard src/*.rs src/*/*.rs)
	$(CARGO) build --release --locked

build: $(BIN)
	$(BIN) build --out out

validators:
	tools/validators/setup.sh

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

# Cargo tests (unit, golden files, fixtures, round trip), lint, then the
# package validators and the JSON Schemas on the real outputs.
test: build validators lint
	$(CARGO) test --release --locked
	$(MAKE) --no-print-directory validate

validate: validators
	$(VENV)/bin/frictionless validate data/datapackage.json
	VALIDATORS_SKIP_SETUP=1 tools/validators/validate.sh out/package
	tools/validators/check-json.sh out/json
	tools/validators/test-bites.sh out/package
	$(VENV)/bin/python tools/check-workbooks.py out/xlsx

# Fails when the committed out/ differs from what the current inputs produce.
check: $(BIN)
	rm -rf target/check-out
	$(BIN) --quiet build --out target/check-out
	diff -r out target/check-out && echo "out/ is up to date"

# Rewrites the golden files of the tests from the current outputs.
goldens: $(BIN)
	UPDATE_GOLDENS=1 $(CARGO) test --release --locked --test golden

bench: $(BIN)
	$(CARGO) build --release --locked --bin bench
	target/release/bench

clean:
	$(CARGO) clean
	rm -rf .out.staging .out.old target/check-out
