/**
 * What happens to a report after triage, as other services publish it: the reporter's
 * replies, routing and office statuses, and the prosecutors' instructions. Every write is
 * conditional on the event id, so a replay changes nothing.
 */
package org.iblagh.triage.followup;
