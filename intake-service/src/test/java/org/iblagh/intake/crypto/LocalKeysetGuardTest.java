package org.iblagh.intake.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LocalKeysetGuardTest {

	@Test
	void theCommittedKeysetServesOnlyTheLocalStack() {
		assertThatCode(() -> LocalKeysetGuard.check(FieldCipherTest.KEYSET, true)).doesNotThrowAnyException();
		assertThatIllegalStateException().isThrownBy(() -> LocalKeysetGuard.check(FieldCipherTest.KEYSET, false))
			.withMessageContaining("IBLAGH_INTAKE_KEYSET");
	}

	@Test
	void anotherKeysetIsAcceptedEverywhere() {
		String other = FieldCipherTest.KEYSET.replace(LocalKeysetGuard.COMMITTED_KEY_VALUE,
				"GiBxsfGk0Pq2iYp0pZbqNQW2a1ZRUoEW8C9WgHGeI5Xy7w==");
		assertThatCode(() -> LocalKeysetGuard.check(other, false)).doesNotThrowAnyException();
	}

}
