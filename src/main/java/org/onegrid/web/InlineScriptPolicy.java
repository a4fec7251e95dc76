package org.onegrid.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Admits one inline script, named by its hash, into a page's Content-Security-Policy, which otherwise runs no inline
 * script at all. A page's import map has to be written inline (browsers read no other kind), and the policy must let
 * exactly that map through and nothing else: its hash is added to the policy's {@code script-src}, or to a
 * {@code script-src} copied from {@code default-src} when the policy has only that. A policy that restricts no
 * scripts is left as it is.
 */
final class InlineScriptPolicy {

	private InlineScriptPolicy() {
	}

	/** The policy with {@code hashSource} (such as {@code 'sha256-…'}) added to the sources of scripts. */
	static String admitting(String policy, String hashSource) {
		if (policy == null || policy.isBlank()) {
			return policy;
		}
		List<String> directives = new ArrayList<>();
		String defaults = null;
		boolean scripts = false;
		for (String directive : policy.split(";")) {
			String trimmed = directive.trim();
			if (trimmed.startsWith("script-src ") || trimmed.equals("script-src")) {
				trimmed = trimmed + " " + hashSource;
				scripts = true;
			}
			else if (trimmed.startsWith("default-src")) {
				defaults = trimmed.substring("default-src".length()).trim();
			}
			if (!trimmed.isEmpty()) {
				directives.add(trimmed);
			}
		}
		if (!scripts && defaults != null) {
			directives.add("script-src " + defaults + " " + hashSource);
		}
		return String.join("; ", directives);
	}
}
