#!/bin/sh
# Renders a list of prompts on the built-in engine and lays one frame of each out on one sheet,
# captioned with its prompt: a quick look at what the engine draws for everyday requests.
#   scripts/engine-contact-sheet.sh REELCRAFT_BINARY PROMPTS.txt OUT.png [SECONDS (default 4)]
# PROMPTS.txt holds one prompt per line. Needs ffmpeg and ImageMagick.
set -eu
bin=$1 prompts=$2 out=$3 seconds=${4:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
while IFS= read -r prompt; do
    [ -n "$prompt" ] || continue
    n=$((n + 1))
    number=$(printf %02d "$n")
    clip="$work/clip-$number.mp4"
    "$bin" --profile "$work/profile" generate "$prompt" --seconds "$seconds" --size 640x360 --output "$clip" >/dev/null </dev/null
    # Two thirds in: past any fade-in, where most moves have shown themselves.
    at=$(echo "$seconds" | awk '{ printf "%.2f", $1 * 2 / 3 }')
    ffmpeg -nostdin -loglevel error -y -ss "$at" -i "$clip" -frames:v 1 "$work/frame-$number.png"
    printf '%s\n' "$prompt" > "$work/label-$number.txt"
done < "$prompts"
set --
for frame in "$work"/frame-*.png; do
    number=$(basename "$frame" .png | sed 's/^frame-//')
    # Long prompts wrap rather than run into the next caption.
    set -- "$@" -label "$(fold -s -w 52 "$work/label-$number.txt")" "$frame"
done
# A font file, not a name: ImageMagick's default (Helvetica) is not on a Debian machine.
font=$(fc-match -f '%{file}' 'DejaVu Sans')
montage "$@" -font "$font" -tile 4x -geometry 320x180+6+6 -pointsize 11 -background '#202020' -fill '#e0e0e0' "$out"
echo "$n prompts -> $out"
