package org.iblagh.intake.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Seals the sensitive fields of a report (identity, description, messages) with a Tink
 * AEAD key before they reach the database. Each value is bound to the report and the
 * field it belongs to (associated data), so a sealed value copied into another report or
 * field does not open.
 */
public final class FieldCipher {

	private final Aead aead;

	private FieldCipher(Aead aead) {
		this.aead = aead;
	}

	/**
	 * @param keysetJson a Tink keyset in its JSON form (from configuration, never from
	 * the repository except the marked local-development one)
	 */
	public static FieldCipher fromKeysetJson(String keysetJson) {
		if (keysetJson == null || keysetJson.isBlank()) {
			throw new IllegalArgumentException("iblagh.intake.keyset is required (a Tink AEAD keyset as JSON)");
		}
		try {
			AeadConfig.register();
			KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
			return new FieldCipher(handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("iblagh.intake.keyset is not a valid Tink AEAD keyset", ex);
		}
	}

	/**
	 * @param context what the value is, e.g. {@code reportId + "/description"}
	 * @return base64 ciphertext, or null for a null value
	 */
	public String seal(String plaintext, String context) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] sealed = this.aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8),
					context.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a field", ex);
		}
	}

	public String open(String sealed, String context) {
		if (sealed == null) {
			return null;
		}
		try {
			byte[] plain = this.aead.decrypt(Base64.getDecoder().decode(sealed),
					context.getBytes(StandardCharsets.UTF_8));
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A sealed field could not be opened (wrong key or context)", ex);
		}
	}

}
