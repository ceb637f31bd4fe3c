#!/usr/bin/env bash
# The Debian packages the tests need beyond npm: a browser, PDF tools, a web
# server. Run by `npm test` first (the pretest script) and so by .ci/run.
# Installs what is missing when it can (as root, or with sudo that needs no
# password); otherwise prints the exact command to run and exits 1.
#   bash scripts/system-deps.sh           check, install what is missing
#   bash scripts/system-deps.sh --check   check only
set -euo pipefail

# One entry per package: "<Debian package>|<file it installs>". Add packages here.
SYSTEM_PACKAGES=(
  "chromium|${CHROMIUM_PATH:-/usr/bin/chromium}"  # browser tests (playwright-core drives it)
  "poppler-utils|/usr/bin/pdftoppm"               # pdfinfo, pdftoppm, pdftotext: PDF checks
  "nginx-light|/usr/sbin/nginx"                   # the shipped server block, served in a test
  "libnginx-mod-http-brotli-static|/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
  "libreoffice-writer-nogui|/usr/bin/soffice"     # headless LibreOffice, for DOCX checks
)
# Tests point this at an empty folder to see every package missing.
root="${SYSTEM_DEPS_ROOT:-}"

missing=()
for entry in "${SYSTEM_PACKAGES[@]}"; do
  package="${entry%%|*}"
  probe="${entry#*|}"
  [[ -e "$root$probe" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

install_command="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
echo "system-deps: the tests need these Debian packages, which are missing: ${missing[*]}" >&2

if [[ "${1:-}" == "--check" ]]; then
  echo "system-deps: install them with: sudo sh -c '$install_command'" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: this is not a Debian-like system (no apt-get): install the equivalents of ${missing[*]} and run npm test again" >&2
  exit 1
fi

as_root=()
if [[ $EUID -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "system-deps: installing needs root. Run this, then npm test again:" >&2
    echo "  sudo sh -c '$install_command'" >&2
    exit 1
  fi
fi

echo "system-deps: installing ${missing[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "system-deps: installed ${missing[*]}" >&2
