package org.iblagh.routing.data;

/** Reads the data's verification flags ("yes", "partial", "no (inferred …)"). */
public final class Verification {

	private Verification() {
	}

	public static boolean isYes(String flag) {
		return flag != null && flag.trim().toLowerCase(java.util.Locale.ROOT).startsWith("yes");
	}

	/** "Rabat (not verified)" → "Rabat". */
	static String withoutRemark(String value) {
		int paren = value.indexOf('(');
		return ((paren >= 0) ? value.substring(0, paren) : value).trim();
	}

	/** Whether a value carries a remark such as "(not verified)". */
	public static boolean hasRemark(String value) {
		return value.indexOf('(') >= 0;
	}

}
