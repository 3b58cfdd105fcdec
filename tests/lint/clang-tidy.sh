#!/usr/bin/env bash
# The project's .clang-tidy (Debian's clang-tidy 14) on the sources of one part of the two programs; any
# warning fails. Usage: clang-tidy.sh SOURCE_DIR BUILD_DIR PART… (app datasources models views server).
# The build's compile_commands.json is GCC's: its -fcoroutines is dropped for clang (C++20 has coroutines).
set -euo pipefail
root=$1
build=$2
shift 2
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
sed 's/ -fcoroutines//g' "$build/compile_commands.json" >"$db/compile_commands.json"
cd "$root"
files=()
for part in "$@"; do
  while IFS= read -r f; do files+=("$root/$f"); done < <(cd "$root" && find "$part" -name "*.cpp" | sort)
done
jobs=$(nproc)
[[ $jobs -gt 2 ]] && jobs=2
out="$db/out.txt"
run-clang-tidy -quiet -p "$db" -j "$jobs" "${files[@]}" >"$out" 2>&1 || true
warnings=$(sed 's/\x1b\[[0-9;]*m//g' "$out" | grep -E '^[^ ].*: (warning|error): ' | sort -u || true)
if [[ -n $warnings ]]; then
  echo "$warnings"
  echo "clang-tidy: $(echo "$warnings" | wc -l) warnings in ${#files[@]} files of $*"
  exit 1
fi
echo "clang-tidy: ${#files[@]} files of $* clean"
