#!/usr/bin/env bash
# The whole stack under load (issue 9's "Load" figures for docs/benchmarks.md), against ./run.sh on an empty data folder:
#   1. cold start to all healthy;
#   2. ingest of N catalog items (default 20,000) from the catalog import to recommendable (embedded and in the graph),
#      with the recommender's status sampled every 5 s, so each stage's rate shows which one is the bottleneck;
#   3. R ratings (default 100,000) across P profiles (default 1,000) through the rating import (one CSV per profile,
#      4 uploads at a time), until the recommender has applied all of them;
#   4. wrk on loopback, 16 connections: the recommendations API, the Movies tab page and its top list (the ui-service
#      pages, which ask the recommender for fragments);
#   5. every process's memory at rest, its peak in each phase, and the highest sum at one moment; warm start.
#
#   bench/load.sh [items=20000] [ratings=100000] [profiles=1000] [env file=.env.example] [wrk seconds=30]
#   STOP_AFTER=ingest bench/load.sh 4000     only phases 1 and 2 (e.g. to compare memory settings of the ingest)
#
# Needs wrk (Debian: apt-get install wrk), python3 and the services built (./mvnw -B package -DskipTests).
# Uses the fixed ports of ./run.sh (8080-8084, 9092): nothing else may be running on them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ITEMS=${1:-20000}
RATINGS=${2:-100000}
PROFILES=${3:-1000}
ENV_FILE=${4-$ROOT/.env.example}
WRK_SECONDS=${5:-30}
CATALOG=${CATALOG:-$ROOT/../shared/data/movielens-small-tmdb/items.jsonl}
DATA=$(mktemp -d /tmp/plex-recommend-load.XXXX)
# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh"
load_env_file "$ENV_FILE"
trap 'stop_sampling; [[ -n ${RUN_PID:-} ]] && kill -TERM "$RUN_PID" 2>/dev/null; wait' EXIT
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
phase() { echo; echo "== $* ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))"; }

phase "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GB", $2/1048576}' /proc/meminfo), data in $DATA"
start_system
echo "cold start to healthy: ${ELAPSED}s"
sleep 10
echo "resident memory at rest (MB):"
rss_lines | print_rss

phase "ingest: $ITEMS items through POST /api/catalog/import"
make_catalog "$DATA/catalog.jsonl" "$ITEMS"
start_sampling "$DATA/mem-ingest"
( while true; do
    printf '%s %s %s %s\n' "$(date +%s)" "$(status_field itemsKnown)" "$(status_field itemsEmbedded)" "$(status_field itemsInGraph)"
    sleep 5
  done ) >"$DATA/progress" &
PROGRESS=$!
t0=$(now)
curl -s -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$DATA/catalog.jsonl" \
  localhost:8081/api/catalog/import | head -c 200; echo
echo "catalog import answered (all published and acknowledged by Kafka): $(since "$t0")s"
until [[ $(status_field itemsEmbedded) -ge $ITEMS && $(status_field itemsInGraph) -ge $ITEMS ]]; do sleep 2; done
INGEST=$(since "$t0")
kill $PROGRESS
stop_sampling
echo "ingest of $ITEMS items to embedded + in graph: ${INGEST}s = $(echo "$ITEMS / $INGEST" | bc -l | xargs printf '%.1f') items/s"
# Each stage's own rate over the stretch where it was working: from its first to its last change of count.
awk -v t0="${t0%.*}" '
  { for (i = 2; i <= 4; i++) { if ($i > last[i]) { if (!(i in first)) first[i] = prev; end[i] = $1; last[i] = $i } }
    prev = $1 }
  END { split("- recommender-knows embedded in-graph", name, " ");
        for (i = 2; i <= 4; i++) printf "  stage %-18s %6d items, busy from +%ds to +%ds: %.1f items/s\n", name[i],
          last[i], first[i] - t0, end[i] - t0, last[i] / ((end[i] - first[i]) > 0 ? end[i] - first[i] : 1) }' \
  "$DATA/progress"
echo "peak memory during the ingest (MB):"
print_peaks "$DATA/mem-ingest"
[[ ${STOP_AFTER:-} == ingest ]] && exit 0

phase "ratings: $RATINGS across $PROFILES profiles through POST /api/profiles/{p}/ratings/import?format=generic"
mkdir -p "$DATA/ratings"
python3 - "$DATA/catalog.jsonl" "$DATA/ratings" "$RATINGS" "$PROFILES" <<'PY'
import json, random, sys
catalog, out, total, profiles = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
items = [json.loads(line) for line in open(catalog)]
ids = [i["tmdb_id"] for i in items]
# Popular titles are rated more often, as in real rating data; each profile rates a title once.
weights = [1.0 + (i.get("vote_count") or 0) for i in items]
random.seed(7)
per = total // profiles
for p in range(profiles):
    chosen = set()
    while len(chosen) < per:
        chosen.update(random.choices(range(len(ids)), weights, k=per - len(chosen)))
    with open(f"{out}/load-{p}.csv", "w") as f:
        f.write("tmdb_id,rating\n")
        for i in chosen:
            mean = items[i].get("vote_average") or 6.5
            f.write(f"{ids[i]},{min(10, max(1, round(random.gauss(mean, 1.5))))}\n")
PY
start_sampling "$DATA/mem-ratings"
BEFORE=$(status_field ratingsProcessed)
t0=$(now)
find "$DATA/ratings" -name '*.csv' | sed -E 's|.*/(load-[0-9]+)\.csv|\1|' | xargs -P 4 -I{} \
  curl -s -X POST -H 'Content-Type: text/csv' --data-binary @"$DATA/ratings/{}.csv" \
  "localhost:8081/api/profiles/{}/ratings/import?format=generic" -o "$DATA/ratings/{}.json"
IMPORTED=$(cat "$DATA"/ratings/*.json | grep -oE '"imported":[0-9]+' | cut -d: -f2 | paste -sd+ | bc)
echo "imports answered (published and acknowledged): $(since "$t0")s, $IMPORTED ratings imported"
until [[ $(status_field ratingsProcessed) -ge $((BEFORE + IMPORTED)) ]]; do sleep 1; done
APPLIED=$(since "$t0")
stop_sampling
echo "$IMPORTED ratings applied by the recommender: ${APPLIED}s = $(echo "$IMPORTED / $APPLIED" | bc -l | xargs printf '%.0f') ratings/s"
echo "peak memory during the rating import (MB):"
print_peaks "$DATA/mem-ratings"

phase "wrk: 16 connections, ${WRK_SECONDS}s per endpoint after 10 s of warm-up"
cat >"$DATA/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("  %d requests, %.0f req/s, errors %d (non-2xx %d, timeouts %d)\n", summary.requests,
    summary.requests / (summary.duration / 1e6), summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout, summary.errors.status, summary.errors.timeout))
  io.write(string.format("  p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
LUA
# $1 label, $2 Lua line that builds the request path for profile p (a random one of the loaded profiles)
run_wrk() {
  { echo "math.randomseed(11)"; echo "request = function() local p = 'load-' .. math.random(0, $((PROFILES - 1)))"
    echo "$2"; echo "end"; cat "$DATA/report.lua"; } >"$DATA/wrk-$1.lua"
  wrk -t2 -c16 -d10s -s "$DATA/wrk-$1.lua" "$3" >/dev/null
  echo "$1 ($3):"
  wrk -t2 -c16 -d"${WRK_SECONDS}s" --timeout 5s -s "$DATA/wrk-$1.lua" "$3" | sed -n '/requests,/,$p'
}
start_sampling "$DATA/mem-wrk"
run_wrk recommendations "return wrk.format('GET', '/api/profiles/' .. p .. '/recommendations?type=movie&limit=10')" \
  http://localhost:8084
run_wrk movies-tab "return wrk.format('GET', '/tabs/movie', {Cookie = 'profile=' .. p})" http://localhost:8080
run_wrk movies-top-list "return wrk.format('GET', '/tabs/movie/list', {Cookie = 'profile=' .. p})" http://localhost:8080
stop_sampling
echo "peak memory during wrk (MB):"
print_peaks "$DATA/mem-wrk"

phase "after the load"
echo "resident memory at rest after the load (MB):"
rss_lines | print_rss
status; echo
stop_system
du -sh "$DATA"/kafka "$DATA"/scanner "$DATA"/embedding "$DATA"/graph "$DATA"/recommender 2>/dev/null | sed 's/^/  disk: /'
start_system
echo "warm start to healthy ($ITEMS items, $IMPORTED ratings): ${ELAPSED}s"
stop_system
RUN_PID=
rm -rf "$DATA"
