#!/bin/sh
# Makes N product photos (default 10) in a folder, for trying batches by hand and for the
# screenshots: a different product shape and colour on a plain studio backdrop in each.
# Usage: scripts/make-product-photos.sh DIR [N]
set -eu
dir=${1:?usage: make-product-photos.sh DIR [N]}
n=${2:-10}
convert=/usr/bin/convert # /usr/local/bin/convert on some machines is not ImageMagick
mkdir -p "$dir"
i=0
while [ "$i" -lt "$n" ]; do
    hue=$(( (i * 37) % 100 ))
    bg=$(( (i * 53 + 30) % 100 ))
    name=$(printf 'SKU-%03d' $((i + 1)))
    case $((i % 4)) in
        0) shape="roundrectangle 300,260 500,760 40,40 rectangle 370,180 430,260" ;;  # bottle
        1) shape="ellipse 400,520 170,230 0,360" ;;                                   # vase
        2) shape="roundrectangle 220,380 580,740 20,20 arc 300,250 500,470 180,360" ;; # bag
        *) shape="rectangle 340,300 460,740 ellipse 400,300 150,90 0,360" ;;          # lamp
    esac
    "$convert" -size 800x1000 "gradient:hsl($bg%,15%,92%)-hsl($bg%,20%,70%)" \
        -fill "hsl($hue%,65%,45%)" -stroke "hsl($hue%,70%,25%)" -strokewidth 6 -draw "$shape" \
        -fill "hsla(0,0%,100%,0.35)" -stroke none -draw "ellipse 360,480 30,160 0,360" \
        -quality 90 "$dir/$name.jpg"
    i=$((i + 1))
done
echo "$n photos in $dir"
