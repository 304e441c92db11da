package org.iblagh.routing.jurisdiction;

/**
 * One reason for a routing answer: the rule applied, what it concluded, the data row it
 * rests on, and that row's verification status as the data states it.
 */
public record Basis(String rule, String detail, String source, String verified) {
}
