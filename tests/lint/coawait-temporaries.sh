#!/usr/bin/env bash
# GCC 12 (Debian 12) destroys a temporary twice when it is an argument of the call inside a co_await operand,
# e.g. `co_await QtConcurrent::run([image] {...})` or `co_await nam.get(QNetworkRequest(url))`: heap corruption
# far from the cause. Name the awaitable (or the argument) first. This flags the common shapes on one line.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
pattern='co_await[[:space:]]+[^;]*(\[[^]]*\][[:space:]]*(\(|\{|mutable)|QNetworkRequest[[:space:]]*[({]|QUrl[[:space:]]*[({]|QString[[:space:]]*[({]|QByteArray[[:space:]]*[({]|QImage[[:space:]]*[({]|\.arg\()'
hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" \
  "$root/app" "$root/datasources" "$root/models" "$root/views" "$root/server" "$root/tests" "$root/bench" 2>/dev/null |
  grep -v 'coawait-temporaries' || true)
if [[ -n $hits ]]; then
  echo "Temporaries inside a co_await operand (GCC 12 destroys them twice); name them first:"
  echo "$hits"
  exit 1
fi
echo "co_await operands hold no temporaries of the flagged kinds"
