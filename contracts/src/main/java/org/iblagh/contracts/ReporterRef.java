package org.iblagh.contracts;

/**
 * The only trace of a reporter that leaves intake: whether they are anonymous and an
 * opaque reference intake can resolve on an audited request.
 */
public record ReporterRef(boolean anonymous, String reporterRef) {
}
