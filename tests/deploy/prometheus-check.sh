#!/usr/bin/env bash
# deploy/prometheus as Prometheus and Alertmanager read it: the configuration (with the targets and the scrape
# token that scripts/stack writes beside it, here empty ones), the recording rules and their unit tests (promtool
# test rules on series with known answers), the alerting rules (the committed file must be what `opsdash rules`
# prints for the default thresholds, and promtool's tests see them fire after their hold times), and
# Alertmanager's configuration (amtool check-config). Any warning fails.
# Usage: prometheus-check.sh SOURCE_DIR OPSDASH_BINARY
set -euo pipefail
src=$1/deploy/prometheus
opsdash=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/." "$work/"
mkdir -p "$work/targets" "$work/secrets"
for f in eventsd postgres redis pgbouncer prometheus alertmanager; do echo '[]' >"$work/targets/$f.json"; done
echo placeholder-token >"$work/secrets/eventsd-token"
out=$(promtool check config "$work/prometheus.yml" 2>&1) || { echo "$out"; exit 1; }
echo "$out"
if grep -q WARNING <<<"$out"; then echo "promtool warned"; exit 1; fi
"$opsdash" rules >"$work/generated-alerts.yml"
diff -u "$src/rules/alerts.yml" "$work/generated-alerts.yml" ||
  { echo "deploy/prometheus/rules/alerts.yml is not what opsdash rules prints: regenerate it"; exit 1; }
promtool check rules "$work"/rules/*.yml
promtool test rules "$work"/tests/*.yml
amtool check-config "$work/alertmanager.yml"
