package org.onegrid.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onegrid.attachment.AttachmentReferences;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores new and changed cases. Every write is one plain transaction holding the case's rows, the step's timeline
 * entries and its domain events (Spring Modulith's publication registry), so a step, its history and its events are
 * committed together or not at all, and a caller returns only after that commit. The stored files a step's entries
 * refer to are recorded as used by the case in the same transaction. A write made inside a transaction
 * the caller opened (a report, a merge, an arbitration, the light sweep) joins it.
 * <p>
 * A changed case is written only if its version in the database is still the one that was read (optimistic
 * versioning); otherwise nothing is written and the caller learns it lost the race.
 */
@Component
class CaseWriter {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ZoneId zone;

	private final AttachmentReferences attachments;

	private final DayNumbers numbers;

	CaseWriter(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			WorkingCalendar calendar, AttachmentReferences attachments, DayNumbers numbers) {
		this.attachments = attachments;
		this.numbers = numbers;
		this.jdbc = jdbc;
		this.zone = calendar.zone();
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Stores what intake fixed for a new case and gives the case its id, unless a case with the same request id
	 * exists already: then nothing is stored. Must run inside the transaction that goes on to {@link #create}.
	 *
	 * @return whether the case was stored (false when the request id was taken)
	 */
	boolean claim(Case c, String requestId, String requestHash) {
		requireTransaction();
		Optional<Long> id = jdbc.sql("""
				INSERT INTO case_report (request_id, request_hash, channel, source, grid_keys, lon, lat, reported_at,
				  reported_by, report)
				VALUES (:requestId, :requestHash, :channel, :source, string_to_array(:gridKeys, chr(31)), :lon, :lat,
				  :reportedAt, :reportedBy, CAST(:report AS jsonb))
				ON CONFLICT (request_id) DO NOTHING
				RETURNING id
				""")
			.param("requestId", requestId)
			.param("requestHash", requestHash)
			.param("channel", c.channel.name())
			.param("source", c.source)
			.param("gridKeys", String.join(Cases.SEPARATOR, Cases.gridKeys(c)))
			.param("lon", c.lon)
			.param("lat", c.lat)
			.param("reportedAt", Cases.utc(c.reportedAt))
			.param("reportedBy", c.reportedBy)
			.param("report", CaseJson.report(c))
			.query(Long.class)
			.optional();
		id.ifPresent(claimed -> c.id = claimed);
		return id.isPresent();
	}

	/**
	 * Stores the changing part of a case {@linkplain #claim claimed} in this transaction, with its first timeline
	 * entries, and publishes its events. The case takes the next number of its reporting day (in the calendar's
	 * zone) as the transaction commits ({@link DayNumbers}), after its request id was claimed, so a retried report
	 * takes none; a caller {@linkplain #number reads} the number before showing it.
	 *
	 * @return the case's timeline
	 */
	List<TimelineEntry> create(Case c) {
		requireTransaction();
		LocalDate day = LocalDate.ofInstant(c.reportedAt, zone);
		c.dayNumber = DayNumbers.provisional(c.id);
		jdbc.sql("""
				WITH day AS (
				  INSERT INTO case_number (day, last)
				  SELECT :day, 0 WHERE NOT EXISTS (SELECT FROM case_number WHERE day = :day)
				  ON CONFLICT (day) DO NOTHING),
				inserted AS (
				  INSERT INTO cases (id, version, number_day, day_number, lon, lat, reported_at, state, light,
				    next_light_at, deadline, handling_grid, departments, is_open, closed_at, updated_at, data, kind,
				    minor_code, urgency, tier)
				  VALUES (:id, 1, :day, :provisional, :lon, :lat, :reportedAt, :state, :light, :nextLightAt, :deadline,
				    :handlingGrid, string_to_array(:departments, chr(31)), :open, :closedAt, :updatedAt,
				    CAST(:data AS jsonb), :kind, :minorCode, :urgency, :tier)
				  RETURNING id)
				""" + TimelineRows.appendFrom("inserted"))
			.params(CaseRow.of(c))
			.param("day", day)
			.param("provisional", c.dayNumber)
			.param("lon", c.lon)
			.param("lat", c.lat)
			.param("reportedAt", Cases.utc(c.reportedAt))
			.param("entries", TimelineRows.json(c.newEntries))
			.update();
		c.numberDay = day;
		return stored(c, List.of());
	}

	/** Reads the number of a case {@linkplain #create created} earlier, numbering it now if its transaction is open. */
	void number(Case c) {
		numbers.read(c);
	}

	/**
	 * Writes the case with its new timeline entries and publishes its events, if nobody changed it since it was
	 * read. {@code before} is the timeline as read, or {@code null} when the caller did not read it.
	 *
	 * @return the whole timeline after the write (an empty list when {@code before} was {@code null}), or empty
	 * when another writer came first and nothing was written
	 */
	Optional<List<TimelineEntry>> write(Case c, List<TimelineEntry> before) {
		if (c.newEntries.isEmpty()) {
			throw new IllegalArgumentException("A step records at least one timeline entry");
		}
		return transactions.execute(status -> {
			int appended = jdbc.sql("""
					WITH changed AS (
					  UPDATE cases SET version = version + 1, state = :state, light = :light,
					    next_light_at = :nextLightAt, deadline = :deadline, handling_grid = :handlingGrid,
					    departments = string_to_array(:departments, chr(31)), is_open = :open, closed_at = :closedAt,
					    updated_at = :updatedAt, data = CAST(:data AS jsonb), kind = :kind, minor_code = :minorCode,
					    urgency = :urgency, tier = :tier
					  WHERE id = :id AND version = :version
					  RETURNING id)
					""" + TimelineRows.appendFrom("changed"))
				.params(CaseRow.of(c))
				.param("version", c.version)
				.param("entries", TimelineRows.json(c.newEntries))
				.update();
			if (appended == 0) {
				return Optional.empty();
			}
			if (c.relocated) {
				moveReport(c);
			}
			List<TimelineEntry> after = stored(c, before);
			return Optional.of(before == null ? List.of() : after);
		});
	}

	/**
	 * Gives the case's report its new point and grids, and moves its counts to them, under the counting lock, so
	 * that no counting pass reads the case half moved. The case's row is already locked by its write.
	 */
	private void moveReport(Case c) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('case_tally'))").query((rs, row) -> 1).list();
		jdbc.sql("""
				SELECT case_relocate(:id, CAST(:report AS jsonb), string_to_array(:keys, chr(31)), :lon, :lat)
				""")
			.param("id", c.id)
			.param("report", CaseJson.report(c))
			.param("keys", String.join(Cases.SEPARATOR, Cases.gridKeys(c)))
			.param("lon", c.lon)
			.param("lat", c.lat)
			.query((rs, row) -> 1)
			.list();
		c.relocated = false;
	}

	/**
	 * Records the use of the stored files the new timeline entries (already appended) refer to, publishes the events
	 * and counts the case as stored at its next version.
	 */
	private List<TimelineEntry> stored(Case c, List<TimelineEntry> before) {
		for (TimelineEntry entry : c.newEntries) {
			attachments.recordUse(c.id, entry.attachments());
		}
		c.events.forEach(events::publishEvent);
		List<TimelineEntry> after = new ArrayList<>(before == null ? List.of() : before);
		after.addAll(c.newEntries);
		c.version++;
		c.newEntries.clear();
		c.events.clear();
		return List.copyOf(after);
	}

	private static void requireTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A new case is stored inside one transaction");
		}
	}
}
