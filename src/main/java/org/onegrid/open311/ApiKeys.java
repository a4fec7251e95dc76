package org.onegrid.open311;

import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.Authorization;
import org.onegrid.access.Grant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns an Open311 {@code api_key} into the grant of the account it belongs to. An {@code api_key} is a OneGrid API
 * token ({@code og_…}): the district's administrator issues one to each client app's account, and the account's
 * roles decide what the app may do, exactly as they would for the same token sent as a bearer header.
 */
@Component
class ApiKeys {

	private final ApiTokenIssuer tokens;

	private final Authorization authorization;

	ApiKeys(ApiTokenIssuer tokens, Authorization authorization) {
		this.tokens = tokens;
		this.authorization = authorization;
	}

	/** @throws Open311Failure 403 when the key is missing, unknown, expired or revoked, or its account may not act */
	Grant grantOf(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new Open311Failure(HttpStatus.FORBIDDEN, "api_key is required to submit a service request");
		}
		return tokens.authenticate(apiKey.strip())
			.map(authorization::of)
			.orElseThrow(() -> new Open311Failure(HttpStatus.FORBIDDEN,
					"api_key is invalid, expired or revoked, or its account is disabled"));
	}
}
