package org.iblagh.triage.cluster.domain;

import java.util.List;

import org.iblagh.contracts.Indicator;
import org.iblagh.contracts.SecuredEvidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterKeysTest {

	private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

	@Test
	void indicatorsAndHashesBecomeKeysAndPdqSplitsIntoEightBands() {
		ClusterKeys keys = ClusterKeys.of(List.of(new Indicator("PHONE", "06 12 34 56 78", "+212612345678")),
				List.of(evidence("ABCDEF", PDQ)));
		assertThat(keys.exact()).containsExactlyInAnyOrder("ind:+212612345678", "sha256:abcdef");
		assertThat(keys.pdqBands()).hasSize(8).contains("pdq:0:f8f8f0ce", "pdq:7:4e9c9b22");
		assertThat(keys.isEmpty()).isFalse();
	}

	@Test
	void nearIdenticalPicturesShareABandAndAreCloseByHamming() {
		String near = PDQ.substring(0, 63) + "3";
		assertThat(Pdq.distance(PDQ, near)).isEqualTo(1);
		ClusterKeys a = ClusterKeys.of(List.of(), List.of(evidence("a", PDQ)));
		ClusterKeys b = ClusterKeys.of(List.of(), List.of(evidence("b", near)));
		assertThat(a.pdqBands()).containsAnyElementsOf(b.pdqBands());
		assertThat(Pdq.isValid("xyz")).isFalse();
	}

	@Test
	void aReportWithNothingToShareHasNoKeys() {
		assertThat(ClusterKeys.of(List.of(), List.of()).isEmpty()).isTrue();
	}

	private static SecuredEvidence evidence(String sha256, String pdq) {
		return new SecuredEvidence("E-1", "a.png", "image/png", "image/png", 10, sha256, null, pdq, List.of(), false,
				List.of());
	}

}
