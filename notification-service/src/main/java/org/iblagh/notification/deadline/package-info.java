/**
 * Chases referrals nobody acknowledged in time: they escalate, and a supervisor is told.
 */
package org.iblagh.notification.deadline;
