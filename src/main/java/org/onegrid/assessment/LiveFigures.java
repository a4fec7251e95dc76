package org.onegrid.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.onegrid.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * A period's figures of one object type counted afresh from the assessment's facts, as of a moment; periods begin
 * and end at midnight in the district's zone.
 */
@Component
class LiveFigures {

	private final DepartmentIndicators departments;

	private final GridIndicators grids;

	private final ChannelIndicators channels;

	private final WorkerIndicators workers;

	private final OperatorIndicators operators;

	private final FactReads reads;

	private final Clock clock;

	private final ZoneId zone;

	LiveFigures(DepartmentIndicators departments, GridIndicators grids, ChannelIndicators channels,
			WorkerIndicators workers, OperatorIndicators operators, FactReads reads, Clock clock,
			WorkingCalendar calendar) {
		this.departments = departments;
		this.grids = grids;
		this.channels = channels;
		this.workers = workers;
		this.operators = operators;
		this.reads = reads;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	List<Figures> of(Period period, ObjectType type, Instant asOf) {
		Instant start = instant(period.start());
		Instant end = instant(period.end());
		return reads.run(() -> switch (type) {
			case DEPARTMENT -> departments.of(start, end, asOf);
			case GRID -> grids.of(start, end, asOf);
			case CHANNEL -> channels.of(start, end, asOf);
			case WORKER -> workers.of(start, end, asOf);
			case OPERATOR -> operators.of(start, end, asOf);
		});
	}

	/** The period's end or now, whichever is earlier: what a live answer counts up to. */
	Instant asOf(Period period) {
		Instant now = clock.instant();
		Instant end = instant(period.end());
		return now.isBefore(end) ? now : end;
	}

	Instant instant(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}
}
