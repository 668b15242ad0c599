#!/usr/bin/env bash
# System packages the tests need on Debian/Ubuntu (run as root, or with sudo):
# Qt's xcb/EGL libraries for PySide6 and QtWebEngine, Xvfb for a real X display,
# Java for the W3C HTML validator, Chromium for the browser checks, Node/npm for
# axe-core, NSIS to compile the Windows installer script, fonts with Vietnamese,
# poppler-utils to read the PDF proofs back, PostgreSQL for the team library's tests (a private cluster: scripts/pg-cluster.sh).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PKGS=(
  python3-venv
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libxkbfile1 libxshmfence1
  xvfb xauth x11-utils imagemagick
  default-jre-headless
  chromium chromium-driver
  nsis
  fonts-noto-core fonts-dejavu-core
  poppler-utils
  postgresql
)
# Node.js/npm (for axe-core) only when the machine has none: images that ship
# their own Node conflict with Debian's npm package.
command -v npm >/dev/null 2>&1 || PKGS+=(nodejs npm)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
