/**
 * The chain of custody: an append-only, hash-chained log per evidence item, and the check
 * that recomputes it. Plain Java.
 */
package org.iblagh.evidence.custody;
