package org.iblagh.evidence.inspection;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionRulesTest {

	@Test
	void mediaTypeMismatchIgnoresAliasesParametersAndGenericClaims() {
		assertThat(MediaTypeCheck.mismatch("image/jpg", "image/jpeg")).isFalse();
		assertThat(MediaTypeCheck.mismatch("image/png; charset=x", "image/png")).isFalse();
		assertThat(MediaTypeCheck.mismatch("application/octet-stream", "application/pdf")).isFalse();
		assertThat(MediaTypeCheck.mismatch(null, "application/pdf")).isFalse();
		assertThat(MediaTypeCheck.mismatch("text/csv", "text/plain")).isFalse();
		assertThat(MediaTypeCheck.mismatch("image/png", "application/pdf")).isTrue();
		assertThat(MediaTypeCheck.mismatch("image/jpeg", "application/octet-stream")).isTrue();
		assertThat(MediaTypeCheck.mismatch("application/pdf", "application/x-msdownload")).isTrue();
	}

	@Test
	void retentionKeepsOpenAndHeldReportsAndCountsFromDismissalOrClosure() {
		RetentionPolicy policy = new RetentionPolicy(Duration.ofDays(90), Duration.ofDays(3650), Duration.ZERO);
		Instant at = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(policy.deletableFrom("OPEN", at, false, at)).isNull();
		assertThat(policy.deletableFrom("DISMISSED", at, true, at)).isNull();
		assertThat(policy.deletableFrom("DISMISSED", at, false, at)).isEqualTo(at.plus(Duration.ofDays(90)));
		assertThat(policy.deletableFrom("CLOSED", at, false, at)).isEqualTo(at.plus(Duration.ofDays(3650)));
		RetentionPolicy withFloor = new RetentionPolicy(Duration.ZERO, Duration.ZERO, Duration.ofDays(30));
		assertThat(withFloor.deletableFrom("DISMISSED", at, false, at)).isEqualTo(at.plus(Duration.ofDays(30)));
	}

}
