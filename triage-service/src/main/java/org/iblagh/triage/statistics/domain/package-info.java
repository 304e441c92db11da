/**
 * The public funnel's rules in plain Java: which stages a report reached, which ISO week
 * and region it counts in, and how small counts are suppressed before anything is
 * published. No Spring, Mongo or Kafka here, so the suppression is unit-tested on crafted
 * tables.
 */
package org.iblagh.triage.statistics.domain;
