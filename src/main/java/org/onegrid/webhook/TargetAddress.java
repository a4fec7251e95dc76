package org.onegrid.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a subscriber's URL may be called: {@code http} or {@code https} with a host and no user
 * information, and, unless private targets are allowed, no address inside the server's own networks (loopback,
 * private, link-local such as a cloud's metadata service, carrier-grade NAT, unique-local IPv6, wildcard or
 * multicast). A host name is checked by what it resolves to now; the sweep checks again before every attempt, since
 * a name can later point elsewhere.
 */
final class TargetAddress {

	private TargetAddress() {
	}

	/** Why {@code url} may not be a target, as a violation code and a message; empty when it may. */
	static Optional<String[]> refusal(String url, boolean allowPrivate) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return Optional.of(new String[] { "INVALID_URL", "url is not a valid URL: " + e.getReason() });
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of(new String[] { "SCHEME", "url must start with http:// or https://" });
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of(new String[] { "INVALID_URL", "url must name a host, such as https://example.org/hook" });
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of(new String[] { "USER_INFO",
					"url must not carry a user name or password; the secret authenticates each delivery" });
		}
		if (uri.getRawFragment() != null) {
			return Optional.of(new String[] { "INVALID_URL", "url must not have a #fragment" });
		}
		if (!allowPrivate && isPrivate(uri.getHost())) {
			return Optional.of(new String[] { "PRIVATE_ADDRESS", "url must not point to a loopback, private or "
					+ "link-local address (onegrid.webhook.allow-private-targets allows it)" });
		}
		return Optional.empty();
	}

	/** Whether the host is, or resolves to, an address inside the server's own networks; false if it resolves not. */
	static boolean isPrivate(String host) {
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		try {
			for (InetAddress address : InetAddress.getAllByName(bare)) {
				if (isPrivate(address)) {
					return true;
				}
			}
			return false;
		}
		catch (UnknownHostException | SecurityException e) {
			return false;
		}
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 || (first == 100 && second >= 64 && second < 128);
		}
		return (bytes[0] & 0xfe) == 0xfc;
	}
}
