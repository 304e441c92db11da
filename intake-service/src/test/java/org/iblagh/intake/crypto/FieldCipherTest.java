package org.iblagh.intake.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FieldCipherTest {

	static final String KEYSET = "{\"primaryKeyId\":2930391245,\"key\":[{\"keyData\":{\"typeUrl\":\"type.googleapis.com/google.crypto.tink.AesGcmKey\",\"value\":\"GiDGqM+4WcUynKroMBZspuvEyGJoo0w4cd7D5M1etAPhNQ==\",\"keyMaterialType\":\"SYMMETRIC\"},\"status\":\"ENABLED\",\"keyId\":2930391245,\"outputPrefixType\":\"TINK\"}]}";

	final FieldCipher cipher = FieldCipher.fromKeysetJson(KEYSET);

	@Test
	void aSealedValueOpensOnlyInItsOwnContextAndHidesThePlaintext() {
		String sealed = this.cipher.seal("Fatima Zahra — 0612345678", "R-1/identity/fullName");
		assertThat(sealed).doesNotContain("Fatima", "0612345678");
		assertThat(this.cipher.open(sealed, "R-1/identity/fullName")).isEqualTo("Fatima Zahra — 0612345678");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.open(sealed, "R-2/identity/fullName"));
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.open(sealed, "R-1/identity/email"));
	}

	@Test
	void sealingTwiceGivesDifferentCiphertextsAndNullStaysNull() {
		assertThat(this.cipher.seal("same", "c")).isNotEqualTo(this.cipher.seal("same", "c"));
		assertThat(this.cipher.seal(null, "c")).isNull();
		assertThat(this.cipher.open(null, "c")).isNull();
	}

	@Test
	void aMissingOrBrokenKeysetIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.fromKeysetJson(""));
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.fromKeysetJson("{\"key\":[]}"));
	}

}
