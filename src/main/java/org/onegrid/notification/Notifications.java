package org.onegrid.notification;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The notices people receive. A notice is stored once per person and event, however often the event is delivered.
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JdbcTemplate batches;

	Notifications(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	void send(long personId, Long caseId, String kind, String message, String eventKey) {
		jdbc.sql("INSERT INTO notification (person_id, case_id, kind, message, event_key, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, event_key) DO NOTHING")
			.params(personId, caseId, kind, message, eventKey, clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** One notice to store. */
	record Notice(long personId, long caseId, String kind, String message, String eventKey) {
	}

	/** Stores the notices in batches of one round trip each; a notice stored before is not stored again. */
	void sendAll(List<Notice> notices) {
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		for (int from = 0; from < notices.size(); from += 1000) {
			List<Notice> batch = notices.subList(from, Math.min(notices.size(), from + 1000));
			batches.batchUpdate("INSERT INTO notification (person_id, case_id, kind, message, event_key, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, event_key) DO NOTHING", batch, batch.size(),
					(statement, notice) -> {
						statement.setLong(1, notice.personId());
						statement.setLong(2, notice.caseId());
						statement.setString(3, notice.kind());
						statement.setString(4, notice.message());
						statement.setString(5, notice.eventKey());
						statement.setObject(6, now);
					});
		}
	}

	/** A person's newest notices first. */
	public List<Notification> of(long personId, int limit) {
		return jdbc.sql("SELECT * FROM notification WHERE person_id = ? ORDER BY id DESC LIMIT ?")
			.params(personId, Math.max(1, Math.min(limit, 500)))
			.query((rs, row) -> new Notification(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("case_id", Long.class),
					rs.getString("kind"), rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
	}

	/** Marks one of the person's notices read; false when it is not theirs. */
	public boolean markRead(long personId, long id) {
		return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, ?) WHERE id = ? AND person_id = ?")
			.params(clock.instant().atOffset(ZoneOffset.UTC), id, personId)
			.update() == 1;
	}
}
