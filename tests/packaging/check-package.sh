#!/usr/bin/env bash
# End-to-end check of the Debian package, as a user would meet it:
#   1. build the .deb and the portable tarball with CPack;
#   2. validate the desktop file, the AppStream metadata and the man page; lintian when installed
#      (no error tags allowed; REELCRAFT_LINTIAN=off skips it);
#   3. apt-get install the .deb on this machine, check what dpkg installed;
#   4. run the installed /usr/bin/reelcraft: --version, a headless `generate` into a temporary
#      profile, and the studio under Xvfb (launched as the desktop file says, with a photo to
#      open), with a screenshot saved to BUILD_DIR/packaging-check/studio.png;
#   5. remove the package again, whatever happened.
# Usage: tests/packaging/check-package.sh [BUILD_DIR]    (default: build). Needs root (or sudo -n).
# Exits non-zero on the first failure. Safe to run again: it cleans up after itself.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
out="$build/packaging-check"
app_id=io.github.reelcraft.Reelcraft
started=$SECONDS

say() { printf '[check-package %3ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf '[check-package] FAIL: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (scripts/setup-deps.sh test installs it)"; }

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  sudo -n true 2>/dev/null || fail "installing the package needs root or password-less sudo"
  as_root=(sudo -n)
fi
for tool in cpack dpkg-deb apt-get desktop-file-validate appstreamcli xvfb-run xdotool groff ffprobe; do need "$tool"; done
[ -x /usr/bin/import ] && [ -x /usr/bin/convert ] || fail "ImageMagick's /usr/bin/import and /usr/bin/convert are missing"

work=$(mktemp -d /tmp/reelcraft-check-package.XXXXXX)
installed_by_us=0
studio_pid=
cleanup() {
  local status=$?
  [ -n "$studio_pid" ] && kill "$studio_pid" 2>/dev/null || true
  if [ "$installed_by_us" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get remove -y -qq -o DPkg::Lock::Timeout=300 reelcraft >/dev/null ||
      echo "[check-package] could not remove the reelcraft package" >&2
  fi
  rm -rf "$work"
  [ $status -eq 0 ] || echo "[check-package] failed after $((SECONDS - started)) s" >&2
  exit $status
}
trap cleanup EXIT
mkdir -p "$out"

# ---- 1. Build the packages --------------------------------------------------------------------
say "building reelcraft and the packages in $build"
cmake --build "$build" --target reelcraft reelcraft_docs >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build"; }
rm -f "$build"/reelcraft_*.deb "$build"/reelcraft-*-Linux.tar.gz
(cd "$build" && cpack -G "DEB;TGZ") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$build"/reelcraft_*.deb)
tarballs=("$build"/reelcraft-*-Linux.tar.gz)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $build"
[ ${#tarballs[@]} -eq 1 ] && [ -f "${tarballs[0]}" ] || fail "expected one tarball in $build"
deb=${debs[0]}
tarball=${tarballs[0]}
version=$(dpkg-deb -f "$deb" Version)
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) and $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB)"

# ---- 2. Metadata --------------------------------------------------------------------------------
desktop-file-validate "$src/packaging/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$src/packaging/$app_id.metainfo.xml" || fail "appstreamcli validate"
groff_warnings=$(groff -man -ww -z "$src/packaging/reelcraft.1" 2>&1)
[ -z "$groff_warnings" ] || fail "man page: $groff_warnings"

depends=$(dpkg-deb -f "$deb" Depends)
for package in gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav libqt6sql6-sqlite \
               qt6-qpa-plugins libqt6widgets6 libavcodec59; do
  [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package: $depends"
done
[ "$(dpkg-deb -f "$deb" Section)" = video ] || fail "Section is not video"
say "desktop file, AppStream metadata, man page and control fields are valid"

if [ "${REELCRAFT_LINTIAN:-auto}" != off ] && command -v lintian >/dev/null; then
  # lintian warns when run as root; the package is only read.
  lintian --display-info --pedantic "$deb" >"$out/lintian.txt" 2>&1 || true
  sed 's/^/  lintian: /' "$out/lintian.txt"
  ! grep -q '^E: ' "$out/lintian.txt" || fail "lintian reports errors (see $out/lintian.txt)"
  say "lintian: no errors"
elif [ "${REELCRAFT_LINTIAN:-auto}" = on ]; then
  fail "REELCRAFT_LINTIAN=on but lintian is not installed"
else
  say "lintian not installed: skipped"
fi

# The portable tarball runs from where it is unpacked.
mkdir "$work/portable"
tar -xzf "$tarball" -C "$work/portable"
portable_bin=$(find "$work/portable" -path '*/bin/reelcraft' -type f)
[ -x "$portable_bin" ] || fail "the tarball has no bin/reelcraft"
[ -f "$(dirname "$portable_bin")/../share/applications/$app_id.desktop" ] || fail "the tarball has no desktop file"
[ "$("$portable_bin" --version)" = "reelcraft ${version%-*}" ] || fail "the tarball's reelcraft --version"
say "the portable tarball runs"

# ---- 3. Install -------------------------------------------------------------------------------
apt_options=(-y -qq --no-install-recommends -o DPkg::Lock::Timeout=300)
if dpkg-query -W -f='${Status}' reelcraft 2>/dev/null | grep -q 'install ok installed'; then
  say "removing a reelcraft package left by an earlier run"
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get remove "${apt_options[@]}" reelcraft >/dev/null
fi
installed_by_us=1
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install "${apt_options[@]}" "$deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get install $deb"; }
[ "$(dpkg-query -W -f='${Version}' reelcraft)" = "$version" ] || fail "dpkg does not list reelcraft $version"

dpkg -L reelcraft >"$out/dpkg-L.txt"
for path in /usr/bin/reelcraft /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/man/man1/reelcraft.1.gz \
            /usr/share/reelcraft/catalogue.json /usr/share/doc/reelcraft/copyright \
            /usr/share/doc/reelcraft/changelog.Debian.gz; do
  grep -qx "$path" "$out/dpkg-L.txt" || fail "dpkg -L reelcraft lacks $path"
  [ -e "$path" ] || fail "$path is listed but not on disk"
done
for size in 16 22 24 32 48 64 128 256 512; do
  icon=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  [ -f "$icon" ] || fail "missing $icon"
  [ "$(/usr/bin/identify -format '%wx%h' "$icon")" = "${size}x${size}" ] || fail "$icon is not ${size}x${size}"
done
desktop-file-validate /usr/share/applications/$app_id.desktop || fail "installed desktop file"
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml >/dev/null || fail "installed metainfo"
# dpkg's trigger runs update-desktop-database, which records the MIME types we claim.
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  for type in video/mp4 image/png image/jpeg image/webp; do
    grep -q "^$type=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache || fail "mimeinfo.cache: $type is not ours"
  done
fi
man -l /usr/share/man/man1/reelcraft.1.gz 2>/dev/null | grep -q 'generate' || fail "the installed man page does not render"
say "installed: $(wc -l <"$out/dpkg-L.txt") paths; files, icons, MIME types and man page in place"

# ---- 4. Run the installed program ---------------------------------------------------------------
[ "$(/usr/bin/reelcraft --version)" = "reelcraft ${version%-*}" ] || fail "/usr/bin/reelcraft --version"

profile="$work/profile"
clip=$(env -u DISPLAY QT_QPA_PLATFORM=offscreen /usr/bin/reelcraft --profile "$profile" generate \
         "A paper boat drifting on a pond, light rain" --seconds 2 --size 640x360 --tier draft --seed 7 \
         2>"$work/generate.err") || { cat "$work/generate.err"; fail "reelcraft generate"; }
clip=$(printf '%s\n' "$clip" | tail -n 1)
[ -f "$clip" ] || fail "generate printed \"$clip\", which is not a file"
streams=$(ffprobe -v error -show_entries stream=codec_type -of csv=p=0 "$clip" | sort | tr '\n' ' ')
[ "$streams" = "audio video " ] || fail "the generated clip has streams: $streams"
duration=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$clip")
awk -v d="$duration" 'BEGIN { exit !(d > 1.8 && d < 2.3) }' || fail "the generated clip lasts $duration s, not 2"
say "the installed reelcraft made a ${duration} s clip with sound: $clip"

# The studio, started the way the desktop file says, with a photo to open (%F).
/usr/bin/convert -size 320x200 gradient:orange-purple "$work/photo.png"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/$app_id.desktop)
[ "$exec_line" = "reelcraft %F" ] || fail "unexpected Exec line: $exec_line"
cat >"$work/studio.sh" <<'EOF'
#!/usr/bin/env bash
# Runs inside xvfb-run: start the studio, wait for its window to be drawn, take a screenshot.
set -u
profile=$1 photo=$2 shot=$3 log=$4
PATH=/usr/bin:/bin REELCRAFT_PROFILE="$profile" reelcraft "$photo" >"$log" 2>&1 &
pid=$!
deadline=$((SECONDS + 60))
# Wait for a window of that process, then for the screen to show more than the black root
# (Xvfb -br): the window has been painted.
until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "the studio exited before showing a window"; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "no studio window within 60 s"; kill "$pid"; exit 1; }
  sleep 0.2 # polling for the window, not waiting a fixed time
done
until /usr/bin/import -window root "$shot" 2>/dev/null &&
      [ "$(/usr/bin/convert "$shot" -format '%[fx:standard_deviation>0.02]' info:)" = 1 ]; do
  [ $SECONDS -lt $deadline ] || { echo "the studio window stayed blank"; kill "$pid"; exit 1; }
  kill -0 "$pid" 2>/dev/null || { echo "the studio exited"; exit 1; }
done
readlink "/proc/$pid/exe"
kill -0 "$pid" 2>/dev/null || { echo "the studio exited after its screenshot"; exit 1; }
kill "$pid"
wait "$pid" 2>/dev/null
exit 0
EOF
chmod +x "$work/studio.sh"
rm -f "$out/studio.png"
studio_exe=$(xvfb-run -a -s "-screen 0 1280x800x24 -br -nolisten tcp" \
  "$work/studio.sh" "$work/studio-profile" "$work/photo.png" "$out/studio.png" "$out/studio.log") ||
  { cat "$out/studio.log" >&2; fail "the installed studio under Xvfb: $studio_exe"; }
[ "$(printf '%s\n' "$studio_exe" | tail -n 1)" = /usr/bin/reelcraft ] || fail "the studio ran from $studio_exe, not /usr/bin/reelcraft"
say "the installed studio opened under Xvfb; screenshot: $out/studio.png"

# ---- 5. Remove ----------------------------------------------------------------------------------
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get remove "${apt_options[@]}" reelcraft >/dev/null || fail "apt-get remove"
installed_by_us=0
[ ! -e /usr/bin/reelcraft ] || fail "/usr/bin/reelcraft is still there after removal"
say "removed again; all checks passed in $((SECONDS - started)) s"
