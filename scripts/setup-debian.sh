#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, run and test Earnings Reader.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libopencc-dev opencc libsqlite3-dev libpng-dev
    fonts-noto-cjk fonts-droid-fallback xvfb xauth
    desktop-file-utils appstream
    clang libclang-rt-14-dev
    python3
    ripgrep gnuplot-nox
    poppler-utils
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
