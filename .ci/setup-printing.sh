#!/usr/bin/env bash
# Sets up the real print path for the printing integration tests (issue 6):
# CUPS, the cups-pdf virtual printer `CounterPDF`, and a known output folder.
# Idempotent: each step checks first and says what it did. It never fails the build:
# if CUPS cannot be made to work it prints a loud banner and exits 0, and the CUPS
# tests then skip themselves loudly (test/integration/printing).
# No systemd on these machines (pitfalls.md "Real devices"): cupsd is started directly.
set -u

PRINTER=CounterPDF
OUT_DIR=/var/spool/cups-pdf/CounterPDF
CONF=/etc/cups/cups-pdf.conf
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

say() { echo "printing setup: $*"; }
loud() {
  echo "!!! ================================================================= !!!"
  echo "!!! printing setup: $*"
  echo "!!! The real-CUPS printing tests will be SKIPPED.                     !!!"
  echo "!!! ================================================================= !!!"
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi
}
scheduler_up() { LANG=C LC_ALL=C lpstat -r 2>/dev/null | grep -q '^scheduler is running'; }

main() {
  # 1. Packages.
  if [ -x /usr/sbin/cupsd ] && [ -e /usr/lib/cups/backend/cups-pdf ] && [ -f "$PPD" ]; then
    say "cups and printer-driver-cups-pdf already installed"
  else
    say "installing cups printer-driver-cups-pdf"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get install -y -q --no-install-recommends cups printer-driver-cups-pdf \
      || { as_root apt-get update -q && as_root apt-get install -y -q --no-install-recommends cups printer-driver-cups-pdf; } \
      || { loud "could not install cups / printer-driver-cups-pdf"; return 0; }
  fi
  if ! command -v pdfinfo >/dev/null 2>&1; then
    say "installing poppler-utils (pdfinfo/pdftotext check the printed files)"
    as_root apt-get install -y -q --no-install-recommends poppler-utils || say "could not install poppler-utils"
  fi

  # 2. Output folder of cups-pdf (read again by the backend for every job: no restart needed).
  if grep -qx "Out $OUT_DIR" "$CONF" 2>/dev/null; then
    say "cups-pdf output folder already $OUT_DIR"
  elif [ -f "$CONF" ]; then
    as_root sed -i -E "s|^#?[[:space:]]*Out[[:space:]].*|Out $OUT_DIR|" "$CONF"
    grep -qx "Out $OUT_DIR" "$CONF" || echo "Out $OUT_DIR" | as_root tee -a "$CONF" >/dev/null
    say "cups-pdf output folder set to $OUT_DIR"
  else
    loud "$CONF is missing"
    return 0
  fi
  # Files readable by the (possibly non-root) test process.
  if ! grep -qx "UserUMask 0022" "$CONF"; then
    as_root sed -i -E "s|^#?[[:space:]]*UserUMask[[:space:]].*|UserUMask 0022|" "$CONF"
    grep -qx "UserUMask 0022" "$CONF" || echo "UserUMask 0022" | as_root tee -a "$CONF" >/dev/null
    say "cups-pdf UserUMask set to 0022"
  fi
  as_root mkdir -p "$OUT_DIR" && as_root chmod 0755 "$OUT_DIR"

  # 3. The scheduler.
  if scheduler_up; then
    say "cupsd already running"
  else
    say "starting /usr/sbin/cupsd"
    as_root /usr/sbin/cupsd || true
    for _ in $(seq 1 50); do scheduler_up && break; sleep 0.2; done
    if scheduler_up; then say "cupsd started"; else loud "cupsd did not start"; return 0; fi
  fi

  # 4. The virtual printer, enabled and accepting (a previous run may have left it disabled).
  if LANG=C LC_ALL=C lpstat -p "$PRINTER" >/dev/null 2>&1; then
    say "printer $PRINTER already present"
  else
    if as_root lpadmin -p "$PRINTER" -E -v cups-pdf:/ -P "$PPD" 2>&1; then
      say "printer $PRINTER added (cups-pdf:/)"
    else
      loud "could not add printer $PRINTER"
      return 0
    fi
  fi
  as_root cupsenable "$PRINTER" && as_root cupsaccept "$PRINTER" || { loud "could not enable $PRINTER"; return 0; }
  say "printer $PRINTER enabled and accepting; PDFs land in $OUT_DIR"
  LANG=C LC_ALL=C lpstat -p "$PRINTER" 2>&1 | sed 's/^/printing setup:   /'
}

main
exit 0
