package org.iblagh.evidence.storage;

/**
 * What the store knows about an object without reading it.
 */
public record ObjectInfo(String bucket, String key, long size) {
}
