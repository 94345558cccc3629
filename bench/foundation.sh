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
if [[ -n $ENV_FILE ]]; then
  # docker compose's .env syntax: KEY=value with spaces, no quoting, so it is read line by line, not sourced.
  while IFS='=' read -r key value; do export "$key=$value"; done < <(grep -E '^[A-Z_]+=' "$ENV_FILE")
fi
DATA=$(mktemp -d /tmp/plex-recommend-bench.XXXX)
OUT=$DATA/run.out
PEAKS=$DATA/peaks

# Starts ./run.sh in the background and sets RUN_PID and ELAPSED (seconds until it reported all services healthy).
start_system() {
  local t0
  t0=$(date +%s.%N)
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

# One line per process: name, RSS, anon, file-backed (MB). RssAnon is the process's own memory; RssFile counts
# pages of files it maps (TDB2 maps its indexes), which the kernel can drop under pressure.
rss_lines() {
  for pid in $(pgrep -f "quarkus-run.jar|KafkaBrokerMain"); do
    local name
    name=$(tr '\0' ' ' </proc/"$pid"/cmdline | grep -oE '[a-z]+-service|KafkaBrokerMain' | head -1)
    awk -v n="$name" '/VmRSS/ {r=$2} /RssAnon/ {a=$2} /RssFile/ {f=$2}
      END {printf "%s %d %d %d\n", n, r/1024, a/1024, f/1024}' /proc/"$pid"/status
  done | sort
}

print_rss() {
  awk '{printf "  %-22s total %5d  anon %5d  file-backed %5d\n", $1, $2, $3, $4; t+=$2; a+=$3}
       END {printf "  %-22s total %5d  anon %5d\n", "ALL", t, a}'
}

start_system
echo "cold start to healthy: ${ELAPSED}s"
sleep 10
echo "resident memory at rest (MB):"
rss_lines | print_rss

# More items than the catalog has: the catalog again with new ids and numbered titles ("Heat (copy 1)"), so a
# 10,000-item library can be measured with the 6,198-title evaluation catalog.
copies=0
: >"$DATA/catalog.jsonl"
while (( $(wc -l <"$DATA/catalog.jsonl") < ITEMS )); do
  if (( copies == 0 )); then cat "$CATALOG"; else
    # Titles holding an escaped quote keep their title; their id is new all the same.
    sed -E 's/"tmdb_id": ([0-9]+)/"tmdb_id": '"$copies"'00000\1/; s/"title": "([^"\\]*)"/"title": "\1 (copy '"$copies"')"/' "$CATALOG"
  fi >>"$DATA/catalog.jsonl"
  copies=$((copies + 1))
done
head -n "$ITEMS" "$DATA/catalog.jsonl" >"$DATA/catalog.head" && mv "$DATA/catalog.head" "$DATA/catalog.jsonl"
: >"$PEAKS"
( while true; do rss_lines >>"$PEAKS"; sleep 2; done ) &
SAMPLER=$!
t0=$(date +%s.%N)
curl -s -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$DATA/catalog.jsonl" \
  localhost:8081/api/catalog/import | head -c 300; echo
until status | grep -q "\"itemsEmbedded\":$ITEMS" && status | grep -q "\"itemsInGraph\":$ITEMS"; do sleep 1; done
echo "ingest of $ITEMS items to embedded + in graph: $(echo "$(date +%s.%N) - $t0" | bc)s"
kill $SAMPLER
status; echo
echo "peak resident memory during the ingest (MB, per process; ALL sums the peaks):"
awk '{if ($2>r[$1]) r[$1]=$2; if ($3>a[$1]) a[$1]=$3; if ($4>f[$1]) f[$1]=$4}
     END {for (n in r) print n, r[n], a[n], f[n]}' "$PEAKS" | sort | print_rss
echo "resident memory after the ingest (MB):"
rss_lines | print_rss
stop_system
du -sh "$DATA"/* | sed 's/^/  disk: /'
start_system
echo "warm start to healthy: ${ELAPSED}s"
stop_system
rm -rf "$DATA"
