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

start_system() {
  local t0=$(date +%s.%N)
  PLEX_RECOMMEND_DATA_DIR=$DATA "$ROOT/run.sh" >"$OUT" 2>&1 &
  RUN_PID=$!
  until grep -q "all services healthy" "$OUT"; do
    kill -0 $RUN_PID 2>/dev/null || { cat "$OUT"; exit 1; }
    sleep 0.2
  done
  echo "$(echo "$(date +%s.%N) - $t0" | bc)"
}

stop_system() {
  kill -INT $RUN_PID; wait $RUN_PID || true
}

status() { curl -s localhost:8084/api/status; }

cold=$(start_system)
echo "cold start to healthy: ${cold}s"
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
  printf '  %-22s %6d\n' "$name" $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
done
stop_system
warm=$(start_system)
echo "warm start to healthy: ${warm}s"
stop_system
rm -rf "$DATA"
