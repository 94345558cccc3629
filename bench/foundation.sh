#!/usr/bin/env bash
# Measures what docs/benchmarks.md records for the foundation: time from ./run.sh to all services healthy (cold:
# empty data folder; warm: second start on the same folder), and the resident memory of every process after
# importing N items (default 1000) from the evaluation catalog and waiting until all are embedded and in the graph.
#
#   bench/foundation.sh [items] [catalog.jsonl]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ITEMS=${1:-1000}
CATALOG=${2:-$ROOT/../shared/data/movielens-small-tmdb/items.jsonl}
DATA=$(mktemp -d /tmp/plex-recommend-bench.XXXX)
OUT=$DATA/run.out

# Starts ./run.sh in the background and sets RUN_PID and ELAPSED (seconds until it reported all services healthy).
start_system() {
  local t0=$(date +%s.%N)
  : >"$OUT"
  PLEX_RECOMMEND_DATA_DIR=$DATA "$ROOT/run.sh" >"$OUT" 2>&1 &
  RUN_PID=$!
  until grep -q "all services healthy" "$OUT"; do
    kill -0 $RUN_PID 2>/dev/null || { cat "$OUT"; exit 1; }
    sleep 0.2
  done
  ELAPSED=$(echo "$(date +%s.%N) - $t0" | bc)
}

stop_system() {
  kill -TERM $RUN_PID; wait $RUN_PID || true
}

status() { curl -s localhost:8084/api/status; }

start_system
echo "cold start to healthy: ${ELAPSED}s"
head -n "$ITEMS" "$CATALOG" > "$DATA/catalog.jsonl"
t0=$(date +%s.%N)
curl -s -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$DATA/catalog.jsonl" \
  localhost:8081/api/catalog/import | head -c 300; echo
until status | grep -q "\"itemsEmbedded\":$ITEMS" && status | grep -q "\"itemsInGraph\":$ITEMS"; do sleep 1; done
echo "ingest of $ITEMS items to embedded + in graph: $(echo "$(date +%s.%N) - $t0" | bc)s"
status; echo
echo "resident memory after the import (MB):"
for pid in $(pgrep -f "quarkus-run.jar|KafkaBrokerMain"); do
  name=$(tr '\0' ' ' </proc/$pid/cmdline | grep -oE '[a-z]+-service|KafkaBrokerMain')
  # RssAnon is the process's own memory; RssFile counts pages of files it maps (TDB2 maps its indexes), which
  # the kernel can drop under pressure.
  printf '  %-22s total %5d  anon %5d  file-backed %5d\n' "$name" \
    $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) \
    $(( $(awk '/RssAnon/ {print $2}' /proc/$pid/status) / 1024 )) \
    $(( $(awk '/RssFile/ {print $2}' /proc/$pid/status) / 1024 ))
done
stop_system
du -sh "$DATA"/* | sed 's/^/  disk: /'
start_system
echo "warm start to healthy: ${ELAPSED}s"
stop_system
rm -rf "$DATA"
