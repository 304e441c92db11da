/**
 * The ways an office receives its referrals: JSON with a cursor, Atom, Server-Sent
 * Events. Formats are plain Java; the web adapters sit beside them.
 */
package org.iblagh.notification.feed;
