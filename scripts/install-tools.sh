#!/usr/bin/env bash
# Installs the tools the build and the tests need, at pinned versions.
#   scripts/install-tools.sh            everything (make tools, make test)
#   scripts/install-tools.sh NEED...    only these: rust, npm, wasm-bindgen, trunk, wasm-split, chromium, engines
# Each make target names what it needs, so `make serve` on a fresh machine compiles no geckodriver.
# Idempotent: anything already present at the right version is skipped, so a warm machine pays only
# a few version checks.
set -euo pipefail

cd "$(dirname "$0")/.."

all_needs=(rust npm wasm-bindgen trunk wasm-split chromium engines)
needs=("$@")
[ ${#needs[@]} -gt 0 ] || needs=("${all_needs[@]}")
for need in "${needs[@]}"; do
  case " ${all_needs[*]} " in
    *" ${need} "*) ;;
    *) echo "install-tools.sh: no tool set named '${need}' (known: ${all_needs[*]})" >&2; exit 2 ;;
  esac
done
wants() { case " ${needs[*]} " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# The pins live in scripts/tool-versions.json, which the build's patches also read to name the version
# they were written for (scripts/tool-versions.mjs).
pinned() { node -p "require('./scripts/tool-versions.json')['$1']"; }

say() { printf '==> %s\n' "$*"; }

if wants rust; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^${component}"; then
      say "adding rustup component ${component}"
      rustup component add "${component}"
    fi
  done
fi

if wants wasm-bindgen; then
  # The CLI must match the wasm-bindgen crate exactly, so read it from Cargo.lock.
  WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen ${WASM_BINDGEN_VERSION}" ]; then
    say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (about 5 minutes)"
    # Not --locked: the registry lacks one of the CLI's locked dependency versions.
    cargo install wasm-bindgen-cli --version "=${WASM_BINDGEN_VERSION}" --force
  fi
fi

if wants trunk; then
  TRUNK_VERSION="$(pinned trunk)"
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk ${TRUNK_VERSION}" ]; then
    say "installing trunk ${TRUNK_VERSION} (about 13 minutes on 2 cores)"
    cargo install trunk --version "=${TRUNK_VERSION}" --locked --force
  fi
fi

if wants wasm-split; then
  # Cuts release wasm into a main module and one chunk per lazy screen (scripts/split-wasm.mjs): our
  # copy in vendor/wasm-split-cli, which can merge shared chunks (its CULTURE-CHECK.md). It has no
  # --version, so ask cargo what it installed.
  WASM_SPLIT_VERSION="$(pinned wasm-split-cli)"
  if ! cargo install --list | grep -q "^wasm_split_cli_support v${WASM_SPLIT_VERSION} "; then
    say "installing wasm-split-cli ${WASM_SPLIT_VERSION} (about 1.5 minutes)"
    cargo install --path vendor/wasm-split-cli --features build-binary --locked --force
  fi
fi

if wants chromium; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver
  fi
fi

if wants engines; then
  # The other engines (tests/engines): Firefox ESR, WebKitGTK's WebDriver server with its MiniBrowser,
  # and the virtual display MiniBrowser draws on. Debian 12's packages, which follow its security
  # updates as Chromium does (tested with Firefox ESR 153.8 and WebKitGTK 2.50.6).
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
    say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb
  fi

  # Firefox's WebDriver server; 0.37 drives Firefox ESR 153.
  GECKODRIVER_VERSION="$(pinned geckodriver)"
  # Its first line only; read whole, since geckodriver panics when the pipe closes early.
  installed_geckodriver="$(geckodriver --version 2>/dev/null || true)"
  if [ "${installed_geckodriver%%$'\n'*}" != "geckodriver ${GECKODRIVER_VERSION}" ]; then
    say "installing geckodriver ${GECKODRIVER_VERSION} (about 5 minutes)"
    cargo install geckodriver --version "=${GECKODRIVER_VERSION}" --locked --force
  fi
fi

if wants npm; then
  # wasm-opt (binaryen), Playwright, axe-core, selenium-webdriver, ESLint and jsdom. Reinstall only when the lockfile changed.
  if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.installed-lock; then
    say "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.installed-lock
  fi
fi

if wants trunk; then
  # Offline Trunk runs cargo with --offline: make sure every crate is already fetched.
  cargo fetch --quiet
fi
