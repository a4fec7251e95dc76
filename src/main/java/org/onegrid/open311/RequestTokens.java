package org.onegrid.open311;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tokens of service requests taken in through Open311. Each case gets exactly one token, however often its
 * token is asked for, and a token keeps naming its case for good, so a client that kept only the token can always
 * learn the {@code service_request_id}. A token is a random UUID: it says nothing about the case or its order.
 */
@Component
class RequestTokens {

	private static final Pattern FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The case's token: the one it already has, else a new one stored now. */
	String of(long caseId, String caseNo) {
		jdbc.sql("""
				insert into open311_token (token, case_id, case_no, created_at)
				values (:token, :caseId, :caseNo, :at)
				on conflict (case_id) do nothing""")
			.params(Map.of("token", UUID.randomUUID().toString(), "caseId", caseId, "caseNo", caseNo, "at",
					Timestamp.from(clock.instant())))
			.update();
		return jdbc.sql("select token from open311_token where case_id = :caseId")
			.param("caseId", caseId)
			.query(String.class)
			.single();
	}

	/**
	 * The {@code service_request_id} a token names.
	 * @throws Open311Failure 400 when the text cannot be a token, 404 when no request has it
	 */
	Map<String, Object> resolve(String token) {
		String given = token == null ? "" : token.strip().toLowerCase(Locale.ROOT);
		if (!FORM.matcher(given).matches()) {
			throw Open311Failure.badRequest("token must be a token this server issued, such as "
					+ "'3f2a7c1e-9b4d-4e8a-a1f0-6c5d2b7e9a13'; it is '" + abbreviated(token) + "'");
		}
		Optional<String> caseNo = jdbc.sql("select case_no from open311_token where token = :token")
			.param("token", given)
			.query(String.class)
			.optional();
		return caseNo.<Map<String, Object>>map(number -> {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("service_request_id", number);
			request.put("token", given);
			return request;
		}).orElseThrow(() -> Open311Failure.notFound("No service request has the token '" + given + "'"));
	}

	private static String abbreviated(String text) {
		return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}
}
