package org.onegrid.webhook;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.grid.GridHierarchy;
import org.springframework.stereotype.Component;

/**
 * Checks a subscriber request field by field, and refuses it with every problem listed before anything is stored.
 */
@Component
class SubscriberCheck {

	static final int MAX_URL = 2000;

	static final int MIN_SECRET = 16;

	static final int MAX_SECRET = 200;

	static final int MAX_GRIDS = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final GridHierarchy grids;

	private final WebhookProperties properties;

	SubscriberCheck(GridHierarchy grids, WebhookProperties properties) {
		this.grids = grids;
		this.properties = properties;
	}

	/** A request that passed every check; {@code secret} is {@code null} when none was given. */
	record Checked(String url, String secret, List<String> eventTypes, List<String> gridKeys, boolean active) {
	}

	Checked check(SubscriberRequest request) {
		List<Violation> violations = new ArrayList<>();
		String url = request.url() == null ? null : request.url().strip();
		if (url == null || url.isEmpty()) {
			violations.add(new Violation("url", "REQUIRED", "url is required"));
		}
		else if (url.length() > MAX_URL) {
			violations.add(new Violation("url", "SIZE", "url must be at most " + MAX_URL + " characters"));
		}
		else {
			TargetAddress.refusal(url, properties.allowPrivateTargets())
				.ifPresent(refusal -> violations.add(new Violation("url", refusal[0], refusal[1])));
		}
		String secret = request.secret();
		if (secret != null && (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET || secret.isBlank())) {
			violations.add(new Violation("secret", "SIZE", "secret is " + MIN_SECRET + " to " + MAX_SECRET
					+ " characters; leave it out to have the server make one"));
		}
		List<String> types = eventTypes(request.eventTypes(), violations);
		List<String> gridKeys = gridKeys(request.grids(), violations);
		Fields.failIfAny(violations);
		return new Checked(url, secret, types, gridKeys, request.active() == null || request.active());
	}

	private static List<String> eventTypes(List<String> requested, List<Violation> violations) {
		if (requested == null || requested.isEmpty()) {
			violations.add(new Violation("eventTypes", "REQUIRED", "eventTypes lists at least one of "
					+ EventType.publicNames()));
			return List.of();
		}
		Set<String> types = new LinkedHashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			String name = requested.get(i);
			if (name == null || EventType.named(name.strip()).isEmpty()) {
				violations.add(new Violation("eventTypes[" + i + "]", "UNKNOWN", "'" + name + "' is not one of "
						+ EventType.publicNames()));
			}
			else {
				types.add(name.strip());
			}
		}
		return List.copyOf(types);
	}

	private List<String> gridKeys(List<SubscriberRequest.GridScope> scopes, List<Violation> violations) {
		if (scopes == null) {
			return List.of();
		}
		if (scopes.size() > MAX_GRIDS) {
			violations.add(new Violation("grids", "SIZE", "grids lists at most " + MAX_GRIDS + " grids"));
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>();
		for (int i = 0; i < scopes.size(); i++) {
			SubscriberRequest.GridScope scope = scopes.get(i);
			String field = "grids[" + i + "]";
			if (scope == null || Fields.blankToNull(scope.layer()) == null || Fields.blankToNull(scope.grid()) == null) {
				violations.add(new Violation(field, "REQUIRED", field + " names a layer and a grid"));
			}
			else if (scope.layer().length() > Fields.MAX_NAME || scope.grid().length() > Fields.MAX_NAME
					|| grids.path(scope.layer().strip(), scope.grid().strip()).isEmpty()) {
				violations.add(new Violation(field + ".grid", "UNKNOWN", "layer '" + scope.layer()
						+ "' has no grid '" + scope.grid() + "'"));
			}
			else {
				keys.add(scope.layer().strip() + ":" + scope.grid().strip());
			}
		}
		return List.copyOf(keys);
	}

	/** A fresh signing key: 32 random bytes, URL-safe Base64. */
	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
