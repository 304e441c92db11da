/**
 * Turns each secured report into an assessed, clustered entry of the queue, once, and
 * applies late evidence.
 */
package org.iblagh.triage.screening;
