package org.iblagh.contracts;

/**
 * One reason for a routing decision: the rule applied and the data row it used, with that
 * row's verification status.
 */
public record RoutingBasis(String rule, String detail, String source, String verified) {

	/**
	 * The rule of a supervisor's override: a routing carrying it replaces the report's
	 * earlier routing, whose offices it may leave out. Every other routing is a report's
	 * first (a report is referred again only when its first routing found no office).
	 */
	public static final String SUPERVISOR_OVERRIDE = "SUPERVISOR_OVERRIDE";

	public static boolean isOverride(java.util.List<RoutingBasis> basis) {
		return basis != null && basis.stream().anyMatch((b) -> b != null && SUPERVISOR_OVERRIDE.equals(b.rule()));
	}

}
