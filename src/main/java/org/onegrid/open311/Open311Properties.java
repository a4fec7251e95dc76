package org.onegrid.open311;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open311 settings.
 *
 * @param jurisdictionId the one jurisdiction an installation that names no districts serves; when set, a request
 * naming another is refused with 404, and when unset any {@code jurisdiction_id} is accepted. Once districts are
 * named ({@link org.onegrid.grid.Districts}), their codes are the jurisdictions and this is not read
 * @param contact who answers for the interface, as service discovery tells clients
 * @param keyService how a client obtains an {@code api_key}, as service discovery tells clients
 * @param retryWindow how long after a request the same form from the same account, sent without an
 * {@code Idempotency-Key}, is taken as a retry of it rather than as a new request (between one and two windows)
 */
@ConfigurationProperties("onegrid.open311")
record Open311Properties(String jurisdictionId,
		@DefaultValue("联系本区城市管理指挥中心 / Contact the district's city management centre") String contact,
		@DefaultValue("API 密钥由本区系统管理员签发 / An api_key is an API token issued by the district's administrator")
		String keyService, @DefaultValue("24h") Duration retryWindow) {
}
