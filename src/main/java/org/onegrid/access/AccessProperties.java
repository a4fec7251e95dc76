package org.onegrid.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code onegrid.access.*}).
 *
 * @param adminPassword the password of the {@code admin} account created on the first start of an empty database
 * (from {@code ONEGRID_ADMIN_PASSWORD}); at least 12 characters and not a well-known default
 * @param lockoutThreshold failed sign-ins within {@code lockoutWindow} that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param tokenMaxDays the longest life of a personal API token
 * @param publicApiDocs whether the OpenAPI document and Swagger UI are open to callers who have not signed in (on in
 * the demo, off otherwise)
 * @param contentSecurityPolicy the Content-Security-Policy of every answer; the pages run no inline script
 * @param permissionsPolicy the Permissions-Policy of every answer; the field page uses the camera and location
 * @param rateLimit how many sign-ins, token requests and password changes one client address may make
 */
@ConfigurationProperties("onegrid.access")
public record AccessProperties(String adminPassword, @DefaultValue("5") int lockoutThreshold,
		@DefaultValue("15m") Duration lockoutWindow, @DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("365") int tokenMaxDays, @DefaultValue("false") boolean publicApiDocs,
		@DefaultValue(DEFAULT_CSP) String contentSecurityPolicy,
		@DefaultValue("camera=(self), geolocation=(self), microphone=(), payment=(), usb=()") String permissionsPolicy,
		@DefaultValue RateLimit rateLimit) {

	/**
	 * The per-client limit ({@code onegrid.access.rate-limit.*}), counted across all instances.
	 *
	 * @param attempts the calls one client address may make within one window; more are answered 429
	 * @param window the length of a window; windows are fixed (each minute, by default), not sliding
	 */
	public record RateLimit(@DefaultValue("30") int attempts, @DefaultValue("1m") Duration window) {

		public RateLimit {
			if (attempts < 1 || window.toMillis() < 1000) {
				throw new IllegalArgumentException("onegrid.access.rate-limit needs at least one attempt and a window "
						+ "of at least a second, not " + attempts + " per " + window);
			}
		}
	}

	static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
}
