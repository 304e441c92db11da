/**
 * Routing decisions: one per referral, with its basis, the events it publishes and the
 * supervisors' overrides.
 */
package org.iblagh.routing.decision;
