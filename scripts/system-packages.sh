#!/usr/bin/env bash
# Install the Debian packages the tests need (as root, when missing):
#   chromium, chromium-driver  end-to-end tests of the web pages
#   poppler-utils              PDF reports rendered to PNG (pdftoppm)
# PostgreSQL is installed by scripts/with-postgres.sh itself.
# Not root and something missing: say so; the tests that need it skip
# (outside CI) or fail (CI=true).
set -euo pipefail

PACKAGES=(chromium chromium-driver poppler-utils)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ "$(id -u)" != 0 ]]; then
    echo "system-packages: thiếu / missing: ${missing[*]} (cần quyền root để cài / root needed to install)" >&2
    exit 0
fi
echo "system-packages: đang cài / installing ${missing[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
