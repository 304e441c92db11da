package org.iblagh.contracts;

/**
 * Where the reported content is online.
 */
public record ContentLocation(String url, String platform) {
}
