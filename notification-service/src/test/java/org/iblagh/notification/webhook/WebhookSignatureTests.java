package org.iblagh.notification.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	private final byte[] body = "{\"referralId\":\"F-TPI-RABAT-R1\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void aSignatureVerifiesWithTheSameSecretOnly() {
		String header = WebhookSignature.sign("s3cret-s3cret", 1_700_000_000L, this.body);
		assertThat(header).matches("t=1700000000,v1=[0-9a-f]{64}");
		assertThat(WebhookSignature.verify("s3cret-s3cret", header, this.body)).isTrue();
		assertThat(WebhookSignature.verify("other-secret", header, this.body)).isFalse();
	}

	@Test
	void theTimestampAndTheBodyAreBothSigned() {
		String header = WebhookSignature.sign("k", 1_700_000_000L, this.body);
		assertThat(WebhookSignature.verify("k", header.replace("t=1700000000", "t=1700000001"), this.body)).isFalse();
		assertThat(WebhookSignature.verify("k", header, "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(WebhookSignature.verify("k", "v1=abc", this.body)).isFalse();
		assertThat(WebhookSignature.verify("k", null, this.body)).isFalse();
	}

}
