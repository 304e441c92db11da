package org.iblagh.intake.crypto;

/**
 * The local profile's Tink keyset is committed to the repository on purpose (so the
 * embedded stack runs with no setup) and therefore protects nothing. This refuses it
 * anywhere else, so a deployment that forgot its own keyset does not quietly seal
 * reporters' identities with a public key.
 */
public final class LocalKeysetGuard {

	/** The key material of the committed keyset (application.yml, local profile). */
	static final String COMMITTED_KEY_VALUE = "GiDGqM+4WcUynKroMBZspuvEyGJoo0w4cd7D5M1etAPhNQ==";

	private LocalKeysetGuard() {
	}

	/**
	 * @param localOnly whether this is the embedded local stack (profile {@code local}
	 * without {@code prod})
	 * @throws IllegalStateException when the committed keyset is used outside it
	 */
	public static void check(String keysetJson, boolean localOnly) {
		if (!localOnly && keysetJson != null && keysetJson.contains(COMMITTED_KEY_VALUE)) {
			throw new IllegalStateException("iblagh.intake.keyset is the committed local-development keyset: "
					+ "set IBLAGH_INTAKE_KEYSET to the deployment's own keyset (docs/operations.md, Tink keysets)");
		}
	}

}
