#!/bin/bash
# One-shot: creates every Iblagh topic before any service starts (brokers have auto-create off).
# Partitions bound how far a consumer group can scale: one consumer per partition at most.
# A dead-letter topic has as many partitions as its input: the binder keeps a record's partition.
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP:?}"
PARTITIONS="${IBLAGH_TOPIC_PARTITIONS:-6}"
REPLICATION=3

TOPICS=(
  report.submitted.v1
  report.evidence-secured.v1
  report.triaged.v1
  report.referred.v1
  report.routed.v1
  report.notified.v1
  report.status.v1
  prosecutor.instruction.v1
  report.reporter-message.v1
  report.investigator-message.v1
  # dead letters: error.<topic>.<consumer group>
  error.report.submitted.v1.evidence-service
  error.report.reporter-message.v1.evidence-service
  error.report.routed.v1.evidence-service
  error.report.status.v1.evidence-service
  error.report.evidence-secured.v1.triage-service
  error.report.reporter-message.v1.triage-service
  error.report.status.v1.triage-service
  error.prosecutor.instruction.v1.triage-service
  error.report.referred.v1.routing-service
  error.report.routed.v1.notification-service
  error.report.triaged.v1.notification-service
  error.report.status.v1.intake-service
  error.report.investigator-message.v1.intake-service
)

for topic in "${TOPICS[@]}"; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION" \
    --config min.insync.replicas=2
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --list
