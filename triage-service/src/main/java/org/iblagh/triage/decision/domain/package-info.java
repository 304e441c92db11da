/**
 * What a valid decision on a report is. Plain Java: no Spring, Mongo or Kafka.
 */
package org.iblagh.triage.decision.domain;
