# Kartoteka: `make serve` and `make test` are the whole set-up on a fresh Debian machine with Rust.
# Every install step checks first and skips what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# npm's binaryen must come before /usr/bin: Debian's wasm-opt (binaryen 108) breaks the app.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

TRUNK_VERSION := 0.21.14
# The wasm-bindgen-cli version must equal the wasm-bindgen crate version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p}' Cargo.lock)
BUILD_ID := $(shell git rev-parse --short HEAD 2>/dev/null || echo dev)
NEXT_DIST := target/e2e/dist-next
HOOKS_DIST := target/e2e/dist-hooks
WASM_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/browser_*.rs))

.PHONY: help serve build test lint test-native test-wasm test-e2e e2e-builds hooks-build size bench fuzz \
	tools test-tools wasm-target trunk wasm-bindgen node-deps cargo-deps browsers

help:
	@echo "make serve  - install what is missing, build, serve on http://127.0.0.1:8080"
	@echo "make test   - install what is missing, run lints, native, browser (wasm) and e2e tests"
	@echo "make build  - release build into dist/"
	@echo "make size   - shipped bytes of the release build (raw, gzip, brotli)"
	@echo "make bench  - benchmarks in headless Chromium against raw-JS baselines (results in README)"
	@echo "make fuzz   - fuzz the file importers (FUZZ_SECONDS each, default 120; not part of make test)"

# ---- installs (idempotent) ----

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown

trunk:
	@if trunk --version 2>/dev/null | grep -qx 'trunk $(TRUNK_VERSION)'; then :; else \
		echo "installing trunk $(TRUNK_VERSION)"; \
		cargo install trunk --version $(TRUNK_VERSION) --locked; fi

# Without --locked: the locked set needs a crate version the registry lacks (toolchain.md).
wasm-bindgen:
	@if wasm-bindgen --version 2>/dev/null | grep -qx 'wasm-bindgen $(WASM_BINDGEN_VERSION)'; then :; else \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; fi

node-deps:
	@if [ -x node_modules/.bin/wasm-opt ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then :; else \
		npm ci --no-audit --no-fund --omit=optional; fi

# Trunk runs cargo with --offline, so the crates must be fetched first (a no-op when they are).
cargo-deps:
	@cargo fetch --locked --quiet

browsers:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; else \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; fi

tools: wasm-target trunk wasm-bindgen node-deps cargo-deps

test-tools: tools browsers

# ---- build and serve ----

build: tools
	KARTOTEKA_BUILD=$(BUILD_ID) trunk build --release

serve: tools
	KARTOTEKA_BUILD=$(BUILD_ID) trunk serve --release

size: build
	@node scripts/size.mjs dist

# ---- tests ----

test: test-tools lint test-native test-wasm test-e2e
	@echo "all test layers passed"

lint: tools
	cargo fmt --check
	cargo clippy --all-targets --quiet -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features e2e-hooks --quiet -- -D warnings

test-native: tools
	cargo test --quiet

test-wasm: test-tools
	CHROMEDRIVER=/usr/bin/chromedriver \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_TIMEOUT=120 \
		cargo test --target wasm32-unknown-unknown $(WASM_TESTS)

# Three release builds: the "next" one (a different build id, so different bytes) lets the
# update test deploy a new version over the old one; the hooks one (feature e2e-hooks, from
# tests/e2e/hooks/index.html) lets storage tests and benchmarks drive the repository.
e2e-builds: tools hooks-build
	KARTOTEKA_BUILD=$(BUILD_ID)-next trunk build --release --dist $(NEXT_DIST)
	KARTOTEKA_BUILD=$(BUILD_ID) trunk build --release

hooks-build: tools
	KARTOTEKA_BUILD=$(BUILD_ID) trunk build tests/e2e/hooks/index.html --release --dist $(HOOKS_DIST)

test-e2e: test-tools e2e-builds
	cargo build --bin kartoteka-decrypt
	CI=$${CI:-} npx playwright test -c tests/e2e/playwright.config.ts

# ---- fuzzing (not part of make test): the JSON/ZIP and CSV importers, FUZZ_SECONDS each ----

FUZZ_SECONDS ?= 120

fuzz:
	@command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
	mkdir -p target/fuzz-corpus/import_json target/fuzz-corpus/import_csv
	cargo fuzz run -s none import_json target/fuzz-corpus/import_json fuzz/corpus/import_json -- -max_total_time=$(FUZZ_SECONDS)
	cargo fuzz run -s none import_csv target/fuzz-corpus/import_csv fuzz/corpus/import_csv -- -max_total_time=$(FUZZ_SECONDS)

# ---- benchmarks (not part of make test: timings belong in README, not in assertions) ----

bench: test-tools hooks-build
	node bench/storage.mjs 50000 3
	node bench/registry.mjs 10000 7
	node bench/csv.mjs 50000 7
