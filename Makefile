# Culture Check: every command a developer or CI needs. Each target installs what it needs and is
# missing first (scripts/install-tools.sh is idempotent and pins every version), so a fresh machine
# needs nothing but this repository, and `make serve` there compiles no test-only tool.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver
# Debian's Chromium, used by wasm-bindgen-test (through chromedriver), Playwright and the bench.
export CHROMIUM := /usr/bin/chromium

WASM := --target wasm32-unknown-unknown

.PHONY: help tools tools-rust tools-npm tools-wasm-bindgen tools-trunk tools-wasm-split tools-chromium tools-engines serve build test lint test-pipeline test-native test-wasm test-e2e test-engines bench fuzz source-fingerprints method-doc nfc-table clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  make %-20s %s\n", $$1, $$2 }'

# The tool sets of scripts/install-tools.sh each target needs (make installs each set once per run).
TOOLS_SITE := tools-rust tools-npm tools-wasm-bindgen tools-trunk
TOOLS_RELEASE := $(TOOLS_SITE) tools-wasm-split tools-chromium

tools: ## Install whatever is missing (pinned versions; skips what is present)
	@scripts/install-tools.sh

tools-rust tools-npm tools-wasm-bindgen tools-trunk tools-wasm-split tools-chromium tools-engines:
	@scripts/install-tools.sh $(patsubst tools-%,%,$@)

serve: $(TOOLS_SITE) ## Serve the site with live rebuild on http://127.0.0.1:8080
	trunk serve --public-url /

build: $(TOOLS_RELEASE) ## Build the release site into dist/ (deployable at any path)
	trunk build --release
	@scripts/report-size.sh

test: tools lint test-pipeline test-native test-wasm test-e2e test-engines ## Run every check and test level
	@echo "All checks passed."

lint: tools-rust ## Formatting, clippy (native and wasm32), and view! attributes cut by '>'
	cargo fmt --all --check
	node scripts/check-view-attributes.mjs src
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy $(WASM) -p culture-check --lib --bins --tests -- -D warnings
	cargo clippy $(WASM) -p culture-core --lib -- -D warnings

test-pipeline: tools-npm ## The build's patches of other tools' output and the start-up script, against captured output (no browser)
	eslint index.html eslint.config.mjs scripts tests/pipeline
	node --test tests/pipeline/

test-native: tools-rust ## The pure core's unit and property tests
	cargo test --workspace

test-wasm: tools-rust tools-wasm-bindgen tools-chromium ## Browser-module tests in headless Chromium (wasm-bindgen-test)
	cargo test $(WASM) -p culture-check

test-e2e: build ## End-to-end journeys against the release build in headless Chromium
	playwright test

test-engines: tools-engines build ## The journeys that matter most in Firefox ESR and WebKitGTK over WebDriver (and the quiz's layout in Chromium)
	node --test-reporter=spec tests/engines/run.mjs

bench: build ## Bytes and time to the first control per entry route, beside DORA's Quick Check
	node tests/e2e/bench.mjs

fuzz: tools-rust ## Decode 100,000 arbitrary link payloads per property (`make test` runs 1,000)
	LINK_FUZZ_CASES=100000 cargo test -p culture-core --release --test link_fuzz

# Where the source articles are; they are not in the repository. Relative to the repository root.
SOURCE_DIR ?= ../shared/source

source-fingerprints: ## Rehash the source articles (SOURCE_DIR=...) into content/source-fingerprints.txt
	SOURCE_DIR="$(abspath $(SOURCE_DIR))" cargo test -p culture-core --test source_overlap -- --ignored --nocapture

method-doc: ## Rewrite docs/method.md from the content and the scoring rules (a test fails while it is stale)
	cargo test -p culture-core --test method_doc -- --ignored --exact docs_method_md_is_written_from_the_published_method

nfc-table: ## Regenerate the label cleaner's NFC table from the unicode-normalization crate (a dev-dependency)
	cargo test -p culture-core --lib link::label::nfc::tests::write_the_table -- --ignored --exact

clean: ## Remove build output (keeps installed tools)
	cargo clean
	rm -rf dist test-results playwright-report bench-results.json
