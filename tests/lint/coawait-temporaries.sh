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
# QCoro 0.8's signal awaiter (qCoro(object, &Class::signal[, timeout])) uses its freed state after resuming:
# use opsdash::waitForSignal (models/shared/signalwaiter.h) or an equivalent.
signal_hits=$(grep -rnE --include='*.cpp' --include='*.h' 'qCoro\([^;]*,[[:space:]]*&[A-Za-z_:]+::' \
  "$root/app" "$root/datasources" "$root/models" "$root/views" "$root/server" "$root/tests" "$root/bench" 2>/dev/null || true)
status=0
if [[ -n $hits ]]; then
  echo "Temporaries inside a co_await operand (GCC 12 destroys them twice); name them first:"
  echo "$hits"
  status=1
fi
if [[ -n $signal_hits ]]; then
  echo "QCoro 0.8 signal awaits (use-after-free after resuming); use waitForSignal instead:"
  echo "$signal_hits"
  status=1
fi
[[ $status -eq 0 ]] && echo "co_await operands hold no temporaries of the flagged kinds; no QCoro signal awaits"
exit $status
