#!/usr/bin/env bash
# Prints the release build's wasm and JavaScript sizes, raw and gzipped, after `make build`.
set -euo pipefail
cd "$(dirname "$0")/../dist"
for file in *.wasm *.js; do
  printf '  %-40s %8d bytes  %7d gzip\n' "$file" "$(wc -c < "$file")" "$(gzip -9c "$file" | wc -c)"
done
