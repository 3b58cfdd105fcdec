#!/usr/bin/env bash
# Every C++ source of the project is clang-formatted (.clang-format): prints the first differences and fails
# otherwise. Fix with: clang-format -i FILE…
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app bench datasources models server tests views -name '*.cpp' -o -name '*.h' | sort)
fi
if clang-format --dry-run -Werror "${files[@]}" 2>/tmp/opsdash-clang-format.$$; then
  echo "clang-format: ${#files[@]} files formatted"
  rm -f /tmp/opsdash-clang-format.$$
  exit 0
fi
head -40 /tmp/opsdash-clang-format.$$
echo "clang-format: $(grep -c 'error:' /tmp/opsdash-clang-format.$$) places in $(grep -o '^[^:]*' /tmp/opsdash-clang-format.$$ | sort -u | wc -l) files are not formatted"
rm -f /tmp/opsdash-clang-format.$$
exit 1
