#!/usr/bin/env bash
# Measures what docs/benchmarks.md records for the stack: time from ./run.sh to all services healthy (cold: empty
# data folder; warm: second start on the same folder), the resident memory of every process at rest, at its peak
# during the ingest of N catalog items (default 1000) and after it, and the ingest time until all N are embedded and
# in the graph.
#
#   bench/foundation.sh [items] [env file] [catalog.jsonl]
#
# JVM options come from the environment as in run.sh; with the docker compose heaps from .env.example:
#   bench/foundation.sh 6198 .env.example
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ITEMS=${1:-1000}
ENV_FILE=${2:-}
CATALOG=${3:-$ROOT/../shared/data/movielens-small-tmdb/items.jsonl}
DATA=$(mktemp -d /tmp/plex-recommend-bench.XXXX)
PEAKS=$DATA/peaks
# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh"
load_env_file "$ENV_FILE"

start_system
echo "cold start to healthy: ${ELAPSED}s"
sleep 10
echo "resident memory at rest (MB):"
rss_lines | print_rss

make_catalog "$DATA/catalog.jsonl" "$ITEMS"
start_sampling "$PEAKS"
t0=$(date +%s.%N)
curl -s -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$DATA/catalog.jsonl" \
  localhost:8081/api/catalog/import | head -c 300; echo
until status | grep -q "\"itemsEmbedded\":$ITEMS" && status | grep -q "\"itemsInGraph\":$ITEMS"; do sleep 1; done
echo "ingest of $ITEMS items to embedded + in graph: $(echo "$(date +%s.%N) - $t0" | bc)s"
stop_sampling
status; echo
echo "peak resident memory during the ingest (MB, per process; ALL sums the peaks):"
print_peaks "$PEAKS"
echo "resident memory after the ingest (MB):"
rss_lines | print_rss
stop_system
du -sh "$DATA"/* | sed 's/^/  disk: /'
start_system
echo "warm start to healthy: ${ELAPSED}s"
stop_system
rm -rf "$DATA"
