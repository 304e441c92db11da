/**
 * Referrals: what one office (a prosecutor's office, a police unit, or the duty desk) is
 * told about one report, and what it answered. The root package is plain Java.
 */
package org.iblagh.notification.referral;
