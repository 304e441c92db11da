/**
 * How reports are linked (shared indicators, identical or near-identical pictures) and
 * when a cluster becomes a campaign. Plain Java: no Spring, Mongo or Kafka.
 */
package org.iblagh.triage.cluster.domain;
