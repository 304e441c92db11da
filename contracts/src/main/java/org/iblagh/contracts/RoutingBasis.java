package org.iblagh.contracts;

/**
 * One reason for a routing decision: the rule applied and the data row it used, with that
 * row's verification status.
 */
public record RoutingBasis(String rule, String detail, String source, String verified) {
}
