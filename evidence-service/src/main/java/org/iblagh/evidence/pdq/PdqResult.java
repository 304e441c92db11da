package org.iblagh.evidence.pdq;

/**
 * A PDQ hash with its quality (0..100); below about 50 the picture is too flat for the
 * hash to be trusted for matching.
 */
public record PdqResult(PdqHash hash, int quality) {
}
