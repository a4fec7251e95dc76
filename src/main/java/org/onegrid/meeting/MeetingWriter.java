package org.onegrid.meeting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onegrid.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a meeting as it is called, of a unit or of a grid, with its agenda as it stands at that moment. A standing
 * meeting's sitting of a day is stored once for its holder however many instances try at once: the meeting table's
 * unique index on rule, day and holder turns the later tries into nothing.
 */
@Component
class MeetingWriter {

	private final JdbcClient jdbc;

	private final Agenda agenda;

	private final WorkingCalendar calendar;

	MeetingWriter(JdbcClient jdbc, Agenda agenda, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.agenda = agenda;
		this.calendar = calendar;
	}

	/** Calls the sitting of the day of the meeting the rule gives the holder; empty when it has sat. */
	@Transactional
	Optional<Long> callByRule(MeetingRule rule, LocalDate day, MeetingHolder holder) {
		Instant startsAt = day.atTime(rule.at()).atZone(calendar.zone()).toInstant();
		return insert(holder, MeetingKind.valueOf(rule.kind()), rule.name(), startsAt, rule.lengthMinutes(),
				"rule:" + rule.code(), rule.code(), day, rule.agenda().stream().map(AgendaReason::valueOf).toList());
	}

	/** Stores the meeting with its agenda as it stands now; empty when the rule's sitting of the day is there. */
	Optional<Long> insert(MeetingHolder holder, MeetingKind kind, String title, Instant startsAt, int length,
			String calledBy, String ruleCode, LocalDate day, List<AgendaReason> reasons) {
		Optional<Long> stored = jdbc.sql("""
				INSERT INTO meeting (unit_code, layer_code, grid_code, kind, title, starts_at, length_minutes,
				  called_by, called_at, rule_code, rule_day)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (rule_code, rule_day, COALESCE(layer_code, ''), COALESCE(grid_code, '')) DO NOTHING
				RETURNING id
				""").params(holder.unitCode(), holder.layerCode(), holder.gridCode(), kind.name(), title,
					Timestamp.from(startsAt), length, calledBy, Timestamp.from(calendar.now()), ruleCode,
					day == null ? null : Date.valueOf(day))
			.query(Long.class).optional();
		stored.ifPresent(id -> {
			int position = 0;
			List<Meeting.AgendaItem> items = holder.gridCode() == null ? agenda.forUnit(holder.unitCode(), reasons)
					: agenda.forGrid(holder.layerCode(), holder.gridCode(), reasons);
			for (Meeting.AgendaItem item : items) {
				jdbc.sql("""
						INSERT INTO meeting_agenda_item (meeting_id, position, case_id, case_no, reasons, description)
						VALUES (?, ?, ?, ?, ?, ?)
						""").params(id, position++, item.caseId(), item.caseNo(),
							item.reasons().stream().map(Enum::name).toArray(String[]::new), item.description())
					.update();
			}
		});
		return stored;
	}
}
