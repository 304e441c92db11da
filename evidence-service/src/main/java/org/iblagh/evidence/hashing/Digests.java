package org.iblagh.evidence.hashing;

/**
 * The fingerprints of one byte stream: lowercase hex SHA-256 and MD5 and the byte count.
 */
public record Digests(String sha256, String md5, long size) {
}
