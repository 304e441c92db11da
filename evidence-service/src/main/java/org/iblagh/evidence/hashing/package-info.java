/**
 * Streaming SHA-256 and MD5 of evidence files, in one pass and bounded memory.
 */
package org.iblagh.evidence.hashing;
