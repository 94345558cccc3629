#!/usr/bin/env bash
# Creates Plex Recommend's Kafka topics, the same way kafka-broker's TopicSetup does for ./run.sh and the tests:
#   media-items, media-embeddings,   compacted (the latest event per item is its state: any service
#   graph-triples, graph-embeddings, rebuilds its store by replaying them), TOPIC_PARTITIONS partitions
#   recommendation-lists             (the latest list per profile)
#   ratings                          delete policy, kept forever (the history of every rating)
#   <topic>-dlq                      1 partition, kept 7 days
# Existing topics are left alone, so this is safe to run on every start. Runs in the apache/kafka image
# (docker compose: topic-init; Kubernetes: the topic-init Job).
#
# Environment: KAFKA_BOOTSTRAP_SERVERS (required), TOPIC_PARTITIONS (3), TOPIC_REPLICATION_FACTOR (1),
# KAFKA_CLIENT_CONFIG (optional properties file for a secured cluster: security.protocol, sasl.*, ssl.*),
# KAFKA_BIN (/opt/kafka/bin), TOPIC_INIT_TIMEOUT_SECONDS (300).
set -euo pipefail

bootstrap=${KAFKA_BOOTSTRAP_SERVERS:?KAFKA_BOOTSTRAP_SERVERS is not set}
partitions=${TOPIC_PARTITIONS:-3}
replication=${TOPIC_REPLICATION_FACTOR:-1}
bin=${KAFKA_BIN:-/opt/kafka/bin}
timeout=${TOPIC_INIT_TIMEOUT_SECONDS:-300}
client_config=()
if [[ -n "${KAFKA_CLIENT_CONFIG:-}" ]]; then
  client_config=(--command-config "$KAFKA_CLIENT_CONFIG")
fi

topics() { "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" "${client_config[@]}" "$@"; }

echo "waiting for Kafka at $bootstrap (up to ${timeout}s)"
deadline=$(( $(date +%s) + timeout ))
until existing=$(topics --list 2>/dev/null); do
  if (( $(date +%s) >= deadline )); then
    echo "Kafka at $bootstrap did not answer within ${timeout}s" >&2
    exit 1
  fi
  sleep 3
done

create() {
  local name=$1 count=$2
  shift 2
  if grep -qx -- "$name" <<<"$existing"; then
    echo "exists:  $name (left as it is)"
    return
  fi
  topics --create --if-not-exists --topic "$name" --partitions "$count" --replication-factor "$replication" "$@"
  echo "created: $name, $count partition(s), $*"
}

week_ms=604800000
for name in media-items media-embeddings graph-triples graph-embeddings recommendation-lists; do
  create "$name" "$partitions" --config cleanup.policy=compact
done
create ratings "$partitions" --config cleanup.policy=delete --config retention.ms=-1
for name in media-items media-embeddings graph-triples graph-embeddings ratings recommendation-lists; do
  create "$name-dlq" 1 --config retention.ms="$week_ms"
done
echo "topics ready on $bootstrap"
