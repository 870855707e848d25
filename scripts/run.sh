#!/usr/bin/env bash
# The main job: installs what is missing, builds Reelcraft and opens the studio. Where there is no
# display it makes a sample clip on the built-in engine from the command line and prints its path.
# Extra arguments go to reelcraft (e.g. scripts/run.sh --profile /tmp/demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh build
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DREELCRAFT_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target reelcraft -j"$(nproc)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/reelcraft "$@"
fi
echo "No display: making a sample clip on the built-in engine instead of opening the studio."
exec build/release/reelcraft "$@" generate "An orange cat playing in a sunlit garden" --seconds 6
