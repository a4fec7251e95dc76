package org.onegrid.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored layers of the calendar: loaded yearly schedules and single-day exceptions, with a revision that every
 * change moves on. Callers run changes in a transaction; each change locks the revision row first, so changes from
 * several instances take turns.
 */
@Repository
class Schedules {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	Schedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long revision() {
		return jdbc.sql("SELECT revision FROM calendar_revision").query(Long.class).single();
	}

	/** Every loaded schedule, by year. */
	Map<Year, YearSchedule> loaded() {
		Map<Integer, Map<LocalDate, HolidaySchedule.Entry>> days = new HashMap<>();
		jdbc.sql("SELECT year, day, off_day, name FROM calendar_year_day").query((ResultSet rs) -> {
			days.computeIfAbsent(rs.getInt("year"), year -> new TreeMap<>())
				.put(rs.getObject("day", LocalDate.class),
						new HolidaySchedule.Entry(rs.getString("name"), rs.getBoolean("off_day")));
		});
		Map<Year, YearSchedule> years = new TreeMap<>();
		jdbc.sql("SELECT year, papers, loaded_at, loaded_by FROM calendar_year").query((ResultSet rs) -> {
			int year = rs.getInt("year");
			years.put(Year.of(year), new YearSchedule(Year.of(year), ScheduleSource.LOADED,
					days.getOrDefault(year, Map.of()), JSON.readValue(rs.getString("papers"), STRINGS),
					rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by")));
		});
		return years;
	}

	List<DayException> exceptions() {
		return jdbc.sql("SELECT * FROM calendar_exception ORDER BY day").query(Schedules::exception).list();
	}

	/** Stores {@code schedule} in place of whatever was loaded for its year. */
	void replace(YearSchedule schedule, String format) {
		nextRevision();
		int year = schedule.year().getValue();
		jdbc.sql("DELETE FROM calendar_year WHERE year = ?").param(year).update();
		jdbc.sql("INSERT INTO calendar_year (year, format, papers, loaded_at, loaded_by) "
				+ "VALUES (?, ?, CAST(? AS jsonb), ?, ?)")
			.params(year, format, JSON.writeValueAsString(schedule.papers()),
					schedule.loadedAt().atOffset(ZoneOffset.UTC), schedule.loadedBy())
			.update();
		schedule.days().forEach((day, entry) -> jdbc
			.sql("INSERT INTO calendar_year_day (year, day, off_day, name) VALUES (?, ?, ?, ?)")
			.params(year, day, entry.offDay(), entry.holiday())
			.update());
	}

	/** Forgets the loaded schedule of {@code year}; false when none was loaded. */
	boolean remove(Year year) {
		nextRevision();
		return jdbc.sql("DELETE FROM calendar_year WHERE year = ?").param(year.getValue()).update() == 1;
	}

	void put(DayException exception) {
		nextRevision();
		jdbc.sql("""
				INSERT INTO calendar_exception (day, working_day, name, changed_at, changed_by)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (day) DO UPDATE SET working_day = excluded.working_day, name = excluded.name,
				  changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
			.params(exception.date(), exception.workingDay(), exception.name(),
					exception.changedAt().atOffset(ZoneOffset.UTC), exception.changedBy())
			.update();
	}

	/** Removes the exception of {@code date}; false when there was none. */
	boolean removeException(LocalDate date) {
		nextRevision();
		return jdbc.sql("DELETE FROM calendar_exception WHERE day = ?").param(date).update() == 1;
	}

	private void nextRevision() {
		jdbc.sql("UPDATE calendar_revision SET revision = revision + 1").update();
	}

	private static DayException exception(ResultSet rs, int row) throws SQLException {
		return new DayException(rs.getObject("day", LocalDate.class), rs.getBoolean("working_day"),
				rs.getString("name"), rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"));
	}
}
