/**
 * PDQ perceptual hashing (Facebook ThreatExchange's published algorithm) in plain Java,
 * used for hash lists and near-duplicate pictures across reports.
 */
package org.iblagh.evidence.pdq;
