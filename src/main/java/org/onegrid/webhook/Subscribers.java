package org.onegrid.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The systems that receive case events: added, changed, paused and removed by an administrator. A subscriber's
 * secret is shown only in the answer that set it. Removing a subscriber removes its undelivered events with it.
 */
@Service
public class Subscribers {

	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	private final SubscriberCheck check;

	private final Clock clock;

	Subscribers(JdbcClient jdbc, SubscriberCheck check, Clock clock) {
		this.jdbc = jdbc;
		this.check = check;
		this.clock = clock;
	}

	/** Adds a subscriber; its answer carries the secret, made by the server when the request gives none. */
	public Subscriber add(SubscriberRequest request) {
		SubscriberCheck.Checked checked = check.check(request);
		String secret = checked.secret() == null ? SubscriberCheck.newSecret() : checked.secret();
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		long id = jdbc.sql("""
				INSERT INTO webhook_subscriber (url, secret, event_types, grid_keys, active, created_at, updated_at)
				VALUES (:url, :secret, string_to_array(:types, chr(31)), string_to_array(:grids, chr(31)), :active,
				  :now, :now)
				RETURNING id
				""")
			.param("url", checked.url())
			.param("secret", secret)
			.param("types", String.join(SEPARATOR, checked.eventTypes()))
			.param("grids", String.join(SEPARATOR, checked.gridKeys()))
			.param("active", checked.active())
			.param("now", now)
			.query(Long.class)
			.single();
		return get(id).withSecret(secret);
	}

	/**
	 * Replaces a subscriber's URL, events, grids and active flag; its secret changes only when the request gives
	 * one, and is then shown in the answer.
	 */
	@Transactional
	public Subscriber change(long id, SubscriberRequest request) {
		get(id);
		SubscriberCheck.Checked checked = check.check(request);
		jdbc.sql("""
				UPDATE webhook_subscriber SET url = :url, secret = coalesce(:secret, secret),
				  event_types = string_to_array(:types, chr(31)), grid_keys = string_to_array(:grids, chr(31)),
				  active = :active, updated_at = :now
				WHERE id = :id
				""")
			.param("id", id)
			.param("url", checked.url())
			.param("secret", checked.secret())
			.param("types", String.join(SEPARATOR, checked.eventTypes()))
			.param("grids", String.join(SEPARATOR, checked.gridKeys()))
			.param("active", checked.active())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		Subscriber changed = get(id);
		return checked.secret() == null ? changed : changed.withSecret(checked.secret());
	}

	/** Removes the subscriber and every delivery recorded for it, sent or not. */
	public void remove(long id) {
		if (jdbc.sql("DELETE FROM webhook_subscriber WHERE id = ?").param(id).update() == 0) {
			throw notFound(id);
		}
	}

	/** Every subscriber, oldest first, without secrets. */
	public List<Subscriber> list() {
		return jdbc.sql("SELECT * FROM webhook_subscriber ORDER BY id").query(Subscribers::read).list();
	}

	/** The subscriber, without its secret; 404 when there is none. */
	public Subscriber get(long id) {
		return jdbc.sql("SELECT * FROM webhook_subscriber WHERE id = ?").param(id).query(Subscribers::read)
			.optional()
			.orElseThrow(() -> notFound(id));
	}

	/** The active subscribers that want events of the type, with the grids they are limited to. */
	List<Interest> interestedIn(EventType type) {
		return jdbc.sql("SELECT id, grid_keys FROM webhook_subscriber WHERE active AND :type = ANY (event_types) "
				+ "ORDER BY id")
			.param("type", type.publicName())
			.query((rs, row) -> new Interest(rs.getLong("id"), strings(rs.getArray("grid_keys"))))
			.list();
	}

	/** A subscriber's wish for one event type: every case when {@code gridKeys} is empty, else those in the grids. */
	record Interest(long subscriberId, List<String> gridKeys) {

		boolean covers(List<String> caseGridKeys) {
			return gridKeys.isEmpty() || caseGridKeys.stream().anyMatch(gridKeys::contains);
		}
	}

	static ApiProblem notFound(long id) {
		return ApiProblem.notFound("Webhook subscriber", Long.toString(id));
	}

	private static Subscriber read(ResultSet rs, int row) throws SQLException {
		List<SubscriberRequest.GridScope> grids = strings(rs.getArray("grid_keys")).stream().map(key -> {
			int colon = key.indexOf(':');
			return new SubscriberRequest.GridScope(key.substring(0, colon), key.substring(colon + 1));
		}).toList();
		return new Subscriber(rs.getLong("id"), rs.getString("url"), strings(rs.getArray("event_types")), grids,
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
