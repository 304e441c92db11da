package org.iblagh.notification.webhook.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where a webhook may point. Referrals leave the platform signed but readable, and the
 * delivery log tells an office what its URL answered, so outside development a target
 * must be HTTPS and resolve only to public addresses: never loopback, link-local (cloud
 * metadata), private, carrier-grade NAT or unique-local networks inside the platform.
 */
public final class WebhookTargets {

	private final boolean allowInternal;

	/**
	 * @param allowInternal plain HTTP and internal addresses allowed (the local profile,
	 * whose tests receive webhooks on loopback)
	 */
	public WebhookTargets(boolean allowInternal) {
		this.allowInternal = allowInternal;
	}

	/**
	 * @return null when {@code url} may receive webhooks, otherwise why not
	 */
	public String refusal(URI url) {
		if (url == null || url.getHost() == null
				|| !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
			return "an absolute http(s) URL is required";
		}
		if (this.allowInternal) {
			return null;
		}
		if (!"https".equals(url.getScheme())) {
			return "webhooks are delivered over https only";
		}
		if (url.getUserInfo() != null) {
			return "credentials in the URL are not accepted";
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(url.getHost());
		}
		catch (UnknownHostException ex) {
			return "the host name does not resolve";
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				return "the host resolves to an internal address";
			}
		}
		return null;
	}

	static boolean isInternal(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// fc00::/7, unique local addresses
			return (bytes[0] & 0xfe) == 0xfc;
		}
		// 100.64.0.0/10 (carrier-grade NAT, often a cluster's pod network) and 0.0.0.0/8
		return ((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) || bytes[0] == 0;
	}

}
