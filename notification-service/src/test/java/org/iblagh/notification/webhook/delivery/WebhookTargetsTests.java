package org.iblagh.notification.webhook.delivery;

import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTargetsTests {

	private final WebhookTargets production = new WebhookTargets(false);

	@Test
	void outsideDevelopmentOnlyHttpsToAPublicAddressIsAccepted() {
		// literal addresses: no name service needed
		assertThat(this.production.refusal(URI.create("https://93.184.215.14/hook"))).isNull();
		assertThat(this.production.refusal(URI.create("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook")))
			.isNull();
		assertThat(this.production.refusal(URI.create("http://93.184.215.14/hook"))).contains("https");
		assertThat(this.production.refusal(URI.create("https://user:pw@93.184.215.14/hook"))).contains("credentials");
		assertThat(this.production.refusal(URI.create("ftp://93.184.215.14/hook"))).isNotNull();
		assertThat(this.production.refusal(null)).isNotNull();
	}

	@Test
	void internalAddressesAreRefused() {
		for (String host : new String[] { "127.0.0.1", "localhost", "10.0.0.7", "172.16.3.4", "192.168.1.10",
				"169.254.169.254", "100.64.0.1", "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]" }) {
			assertThat(this.production.refusal(URI.create("https://" + host + "/hook"))).as(host)
				.isEqualTo("the host resolves to an internal address");
		}
	}

	@Test
	void developmentAcceptsLoopbackOverPlainHttp() {
		assertThat(new WebhookTargets(true).refusal(URI.create("http://127.0.0.1:9999/hook"))).isNull();
		assertThat(new WebhookTargets(true).refusal(URI.create("file:///etc/passwd"))).isNotNull();
	}

	@Test
	void theAddressRangesAreTheInternalOnes() throws Exception {
		assertThat(WebhookTargets.isInternal(InetAddress.getByName("100.127.255.255"))).isTrue();
		assertThat(WebhookTargets.isInternal(InetAddress.getByName("100.128.0.1"))).isFalse();
		assertThat(WebhookTargets.isInternal(InetAddress.getByName("8.8.8.8"))).isFalse();
	}

}
