#!/usr/bin/env bash
# Every picture the AppStream metainfo and the user guide show is in docs/screenshots (scripts/screenshots makes
# them): a page renamed or a picture not regenerated fails here rather than on a software centre's page.
#
#   check-screenshots.sh SOURCE_DIR
set -euo pipefail
src=$1
missing=0
images=$(grep -o 'docs/screenshots/[a-z-]*\.png' "$src/resources/opsdash.metainfo.xml"
  grep -o '(screenshots/[a-z-]*\.png)' "$src/docs/user-guide.md" | tr -d '()' | sed 's|^|docs/|')
[[ -n $images ]] || { echo "check-screenshots: no pictures referenced" >&2; exit 1; }
for image in $images; do
  if [[ ! -s $src/$image ]]; then
    echo "check-screenshots: $image is referenced but missing (run scripts/screenshots)" >&2
    missing=1
  elif [[ $(head -c 8 "$src/$image" | od -An -tx1 | tr -d ' \n') != 89504e470d0a1a0a ]]; then
    echo "check-screenshots: $image is not a PNG" >&2
    missing=1
  fi
done
[[ $missing == 0 ]] && echo "check-screenshots: $(wc -w <<<"$images") references, every picture present"
exit $missing
