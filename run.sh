#!/usr/bin/env bash
# Runs Plex Recommend on this machine: a Kafka broker and the five services, no Docker needed.
# State (Kafka logs, SQLite, the graph, models, log files) lives in one folder: ./data, or $PLEX_RECOMMEND_DATA_DIR.
#
#   ./run.sh            build what is missing, start everything, print the URL; Ctrl-C stops it all
#   ./run.sh --rebuild  rebuild the services first
#
# JVM options: <SERVICE>_JAVA_OPTS (SCANNER_JAVA_OPTS, EMBEDDING_JAVA_OPTS, …) and KAFKA_HEAP_OPTS override the
# defaults below; they are the same variables as in .env.example (bench/foundation.sh shows how to load them).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
DATA=${PLEX_RECOMMEND_DATA_DIR:-$ROOT/data}
KAFKA_PORT=${KAFKA_PORT:-9092}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Two glibc malloc arenas instead of up to 8 per core, as in the images (see the Dockerfiles).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# name:port:heap. Heaps are bounded so the whole system fits a small NAS; see docs/benchmarks.md.
SERVICES=(scanner-service:8081:192m embedding-service:8082:512m graph-service:8083:256m
          recommender-service:8084:256m ui-service:8080:128m)

mkdir -p "$DATA/logs"
DATA=$(cd "$DATA" && pwd)
PIDS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

needs_build() {
  [[ "${1:-}" == "--rebuild" ]] && return 0
  [[ -f "$ROOT/kafka-broker/target/broker-classpath.txt" ]] || return 0
  for entry in "${SERVICES[@]}"; do
    [[ -f "$ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ]] || return 0
  done
  return 1
}

# Answers 0 when GET $1 on localhost:$2 returns HTTP 200; bash's /dev/tcp, so curl is not needed.
http_ok() {
  local path=$1 port=$2 status
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
  read -r -t 5 _ status _ <&3 || status=""
  exec 3<&- 3>&-
  [[ "$status" == "200" ]]
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Sends TERM to the given processes and waits up to 20 s for each before killing it.
terminate() {
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "$@"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}

stop_all() {
  trap - INT TERM EXIT
  log "stopping…"
  # Services first, while the broker is still there for them to commit offsets and leave their groups cleanly.
  (( ${#PIDS[@]} > 1 )) && terminate "${PIDS[@]:1}"
  (( ${#PIDS[@]} > 0 )) && terminate "${PIDS[0]}"
  log "stopped. State is kept in $DATA"
}

if needs_build "${1:-}"; then
  log "building (first run takes a few minutes)…"
  "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" package -DskipTests -DskipSystemTests
fi

if port_open "$KAFKA_PORT"; then
  echo "Port $KAFKA_PORT is in use: is Plex Recommend (or another Kafka) already running?" >&2
  exit 1
fi
trap stop_all INT TERM EXIT

started=$(date +%s)
log "starting Kafka on port $KAFKA_PORT (data in $DATA/kafka)"
# shellcheck disable=SC2086 # word splitting of the options is intended
"$JAVA" ${KAFKA_HEAP_OPTS:--Xmx512m} -XX:+UseSerialGC \
  -cp "$ROOT/kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/kafka-broker/target/broker-classpath.txt")" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.showDateTime=true \
  io.plexrecommend.broker.KafkaBrokerMain "$DATA/kafka" "$KAFKA_PORT" >>"$DATA/logs/kafka.log" 2>&1 &
PIDS+=($!)
until grep -q "Kafka broker ready" "$DATA/logs/kafka.log" 2>/dev/null; do
  kill -0 "${PIDS[0]}" 2>/dev/null || { echo "Kafka did not start; see $DATA/logs/kafka.log" >&2; exit 1; }
  sleep 0.5
done

for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port heap <<<"$entry"
  opts_var=$(tr 'a-z-' 'A-Z_' <<<"${name%-service}")_JAVA_OPTS
  log "starting $name on port $port"
  # shellcheck disable=SC2086 # word splitting of the options is intended
  PLEX_RECOMMEND_DATA_DIR="$DATA" KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" QUARKUS_HTTP_PORT="$port" \
    "$JAVA" ${!opts_var:--Xmx$heap -XX:+UseSerialGC} -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" \
    >>"$DATA/logs/$name.out" 2>&1 &
  PIDS+=($!)
done

for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port _ <<<"$entry"
  until http_ok /q/health/ready "$port"; do
    for pid in "${PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "a process exited; see $DATA/logs/" >&2; exit 1; }
    done
    sleep 1
  done
  log "$name is ready"
done

log "all services healthy in $(( $(date +%s) - started ))s"
echo
echo "  Plex Recommend is running: http://localhost:8080"
echo "  Logs: $DATA/logs   Ctrl-C stops everything."
echo
wait
