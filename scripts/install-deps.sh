#!/usr/bin/env bash
# Install every Debian 12 package plainly needs to build, run and test.
# Safe to run more than once: apt-get skips what is already installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config     # compiler and build system
  libhpdf-dev                          # libharu: writes PDF files
  libicu-dev                           # ICU: sentence/word/line breaking, dates, money
  libyaml-cpp-dev                      # reads definition and rule files
  libkainjow-mustache-dev              # Mustache templates for document wording
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # CommonMark parser for template output
  doctest-dev                          # unit test framework
  pandoc                               # DOCX, HTML, ODT and EPUB output
  poppler-utils qpdf                   # tests: inspect the PDFs we write
  librsvg2-bin                         # rasterises the SVG pictures (scripts/make-pictures.sh)
  python3                              # measurement scripts
  time                                 # bench/scale.sh: peak memory (/usr/bin/time -v)
  chromium                             # tests: headless browser for the HTML accessibility check (axe-core)
  clang libclang-rt-14-dev             # fuzzing (scripts/fuzz.sh: libFuzzer) and the sanitizer test build (scripts/asan-tests.sh)
)

# tests: node and npm run axe-core in Chromium (tests/scripts/pandoc_html_test.sh). Only when
# missing, so a newer Node.js from elsewhere is left alone.
if ! command -v npm >/dev/null 2>&1; then PACKAGES+=(nodejs npm); fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
