#!/usr/bin/env bash
# Installs the Debian 12 packages Reelcraft needs that are not installed yet (apt-get, through sudo
# when not root). Nothing else is downloaded. Usage: scripts/setup-deps.sh [build|test]
set -euo pipefail

build_packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-image-formats-plugins qt6-translations-l10n qt6-qpa-plugins libgl-dev
  libcurl4-openssl-dev nlohmann-json3-dev libssl-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev ffmpeg
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  libespeak-ng-dev espeak-ng-data fonts-dejavu-core
  wordnet-base
)
# Headless testing, screenshots and packaging checks.
test_packages=(xvfb xauth xdotool imagemagick x11-apps desktop-file-utils appstream dpkg-dev file lintian)
# Content credentials are checked by independent readers: exiftool for the XMP, and a C2PA
# library from npm (installed by the test into the build folder) that needs node and npm.
test_packages+=(libimage-exiftool-perl nodejs)

wanted=("${build_packages[@]}")
if [ "${1:-build}" = test ]; then
  wanted+=("${test_packages[@]}")
  # Some nodejs builds bring their own npm and conflict with Debian's package.
  command -v npm >/dev/null 2>&1 || wanted+=(npm)
fi

missing=()
for p in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
