#!/usr/bin/env bash
# Sets up the real scan path for the scanning integration tests (issue 7): SANE's
# command-line front end `scanimage` (package sane-utils, which brings the `test` backend)
# and poppler's pdfinfo (checks the combined PDF).
# Idempotent: each step checks first and says what it did. It never fails the build: if
# something cannot be installed it prints a loud banner and exits 0, and the SANE tests then
# skip themselves loudly (test/integration/scanning; REQUIRE_SANE=1 makes that an error).
# The `test` backend needs no dll.conf change when named (`scanimage -d test`), see pitfalls.md.
set -u

say() { echo "scanning setup: $*"; }
loud() {
  echo "!!! ================================================================= !!!"
  echo "!!! scanning setup: $*"
  echo "!!! The real-SANE scanning tests will be SKIPPED.                     !!!"
  echo "!!! ================================================================= !!!"
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi
}
install_pkgs() {
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q --no-install-recommends "$@" \
    || { as_root apt-get update -q && as_root apt-get install -y -q --no-install-recommends "$@"; }
}

main() {
  if command -v scanimage >/dev/null 2>&1; then
    say "sane-utils already installed ($(scanimage --version 2>/dev/null | head -n 1))"
  else
    say "installing sane-utils"
    install_pkgs sane-utils || { loud "could not install sane-utils"; return 0; }
  fi
  if command -v pdfinfo >/dev/null 2>&1; then
    say "poppler-utils already installed"
  else
    say "installing poppler-utils"
    install_pkgs poppler-utils || { loud "could not install poppler-utils (pdfinfo)"; return 0; }
  fi
  # The test backend answers at once when named; check it really scans.
  if LANG=C LC_ALL=C timeout 60 scanimage -d test --format=pnm -x 10 -y 10 >/dev/null 2>&1; then
    say "SANE test backend scans (scanimage -d test)"
  else
    loud "scanimage -d test does not scan"
  fi
}

main
exit 0
