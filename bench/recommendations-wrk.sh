#!/usr/bin/env bash
# Load-tests the packaged recommender-service over HTTP with wrk: 20,000 synthetic items with 384-d text vectors and
# 1,000 profiles of 20-400 ratings (bench.SeedScaleDatabase, the same generator as bench.ScaleBenchmark), 16
# connections each asking GET /api/profiles/bench-N/recommendations?type=movie&limit=10 for a random profile.
# Prints wrk's latency percentiles (p50, p90, p99, p99.9) and throughput, the GC pauses during the measured run and
# the service's RSS. graph-service and embedding-service are not running: explanations use the rated titles only
# (the graph client's circuit opens after the first failures), as when graph-service is down.
#
#   bench/recommendations-wrk.sh [seconds=60] [connections=16] [java options]
#   e.g. bench/recommendations-wrk.sh 60 16 "-Xmx224m -XX:+UseSerialGC"   (the docker compose heap)
#
# Needs wrk (Debian: apt-get install wrk) and the module built: ./mvnw -B -o package -pl recommender-service
# -DskipTests (the seeder is a test class, so also test-compile).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_RUN=${1:-60}
CONNECTIONS=${2:-16}
JAVA_OPTS=${3:-"-Xmx224m -XX:+UseSerialGC"}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
KAFKA_PORT=$(free_port)
MODULE=$ROOT/recommender-service
DATA=$(mktemp -d /tmp/recommender-wrk.XXXX)
mkdir -p "$DATA/logs"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

[[ -f $MODULE/target/quarkus-app/quarkus-run.jar && -f $MODULE/target/test-classes/io/plexrecommend/recommender/bench/SeedScaleDatabase.class ]] \
  || (cd "$ROOT" && ./mvnw -B -o package -pl recommender-service -DskipTests && ./mvnw -B -o test-compile -pl recommender-service)

echo "== broker on $KAFKA_PORT, data in $DATA"
java -Xmx256m -cp "$ROOT/kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/kafka-broker/target/broker-classpath.txt")" \
  io.plexrecommend.broker.KafkaBrokerMain "$DATA/kafka" "$KAFKA_PORT" >"$DATA/logs/kafka.log" 2>&1 &
PIDS+=($!)
until grep -q "Kafka broker ready" "$DATA/logs/kafka.log" 2>/dev/null; do
  kill -0 "${PIDS[0]}" 2>/dev/null || { tail -20 "$DATA/logs/kafka.log"; exit 1; }
  sleep 0.5
done

start_service() {
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Xlog:gc:file="$DATA/gc-$1.log" -Dai.djl.offline=true -Dquarkus.http.port=$PORT \
    -Dplex-recommend.data-dir="$DATA" -Dkafka.bootstrap.servers=localhost:$KAFKA_PORT \
    -Dquarkus.rest-client.graph-service.url=http://localhost:1 -Dquarkus.rest-client.embedding-service.url=http://localhost:1 \
    -jar "$MODULE/target/quarkus-app/quarkus-run.jar" >"$DATA/logs/recommender-$1.out" 2>&1 &
  SERVICE=$!
  PIDS+=($SERVICE)
}
await_model() {
  until grep -q "model loaded: $1 items" "$DATA/logs/recommender-service.log" 2>/dev/null; do
    kill -0 "$SERVICE" 2>/dev/null || { tail -50 "$DATA/logs/recommender-$2.out"; exit 1; }
    sleep 1
  done
}

echo "== first start: Flyway creates the schema"
start_service migrate
await_model 0 migrate
kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true

echo "== seeding"
java -cp "$MODULE/target/test-classes:$MODULE/target/classes:$MODULE/target/quarkus-app/lib/main/*" \
  io.plexrecommend.recommender.bench.SeedScaleDatabase "$DATA/recommender/recommender.db" 20000 1000

echo "== start on the seeded database ($JAVA_OPTS)"
T0=$(date +%s.%N)
start_service bench
await_model 20000 bench
echo "model loaded after $(echo "$(date +%s.%N) - $T0" | bc) s"
# The schema-only first start stored an empty content matrix, so this start rebuilds it in the background: measure
# after that, not during it.
until grep -q "content similarity matrix rebuilt\|matrix loaded from the database.*(.*, 0 items without a row)" \
    "$DATA"/logs/recommender-service.log*; do
  kill -0 "$SERVICE" 2>/dev/null || exit 1
  sleep 2
done
echo "content matrix ready after $(echo "$(date +%s.%N) - $T0" | bc) s"
grep -ho "model loaded.*\|content similarity matrix rebuilt.*\|co-rating matrix.*" "$DATA"/logs/recommender-service.log* | tail -3

cat >"$DATA/profiles.lua" <<'LUA'
math.randomseed(7)
request = function()
  return wrk.format("GET", "/api/profiles/bench-" .. math.random(0, 999) .. "/recommendations?type=movie&limit=10")
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx %d, timeouts %d), %.0f req/s\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout, summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.2f ms\n", latency.max / 1000))
end
LUA
URL=http://localhost:$PORT
curl -sf "$URL/api/profiles/bench-1/recommendations?type=movie&limit=10" | head -c 300; echo
echo "== warm-up 20 s"
wrk -t2 -c"$CONNECTIONS" -d20s -s "$DATA/profiles.lua" "$URL" >/dev/null
GC_BEFORE=$(wc -l <"$DATA/gc-bench.log")
echo "== measured: $SECONDS_RUN s, $CONNECTIONS connections, $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --timeout 5s -s "$DATA/profiles.lua" "$URL"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== GC pauses during the measured run"
tail -n +"$((GC_BEFORE + 1))" "$DATA/gc-bench.log" | grep -o "Pause[^)]*)[^ ]* [0-9.]*ms\|[0-9.]*ms$" | awk '
  { v = $NF; sub("ms", "", v); n++; s += v; if (v > m) m = v } END { printf "%d pauses, total %.1f ms, max %.1f ms\n", n, s, m }'
grep VmRSS "/proc/$SERVICE/status"
