/**
 * Lists of known illegal material (exact hashes and PDQ), loaded from files and
 * reloadable. A match raises triage's priority and the media is never rendered again.
 */
package org.iblagh.evidence.hashlist;
