package org.onegrid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads cases: one with its timeline, or pages of them by state, category, grid subtree, department, channel,
 * urgency, light and reporting time. Filters are checked field by field before anything is read.
 */
@Service
public class CaseSearch {

	/** How far numbered pages reach into the matches. */
	static final int MAX_OFFSET = 10_000;

	/** How far the total is counted. */
	static final int COUNT_CAP = 10_000;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseViews views;

	private final StateLabels labels;

	private final IntakeChannels channels;

	private final MatchCount count;

	private final KeptTotal keptTotal;

	CaseSearch(JdbcClient jdbc, Cases cases, CaseViews views, StateLabels labels, IntakeChannels channels,
			MatchCount count, KeptTotal keptTotal) {
		this.channels = channels;
		this.count = count;
		this.keptTotal = keptTotal;
		this.jdbc = jdbc;
		this.cases = cases;
		this.views = views;
		this.labels = labels;
	}

	/** The case with its timeline and allowed actions; 404 when there is none or it is out of the grant's scope. */
	public CaseView get(long id, Grant grant) {
		grant.require("case:read");
		return views.get(id, grant);
	}

	/**
	 * The case with a number such as {@code 20261122-000042} (its reporting day and its place in that day's
	 * sequence), as {@link #get} gives it; empty when no case has that number, or the number is malformed.
	 */
	public Optional<CaseView> byNumber(String caseNo, Grant grant) {
		grant.require("case:read");
		if (caseNo == null || !caseNo.matches("[0-9]{8}-[0-9]{1,18}")) {
			return Optional.empty();
		}
		LocalDate day;
		try {
			day = LocalDate.parse(caseNo.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id FROM cases WHERE number_day = ? AND day_number = ?")
			.params(day, Long.parseLong(caseNo.substring(9)))
			.query(Long.class)
			.optional()
			.map(id -> views.get(id, grant));
	}

	/**
	 * A page of the cases in the grant's scope that match every filter, newest report first or, sorted by
	 * deadline, the most pressing first. Pages are reached by
	 * number within the first {@value #MAX_OFFSET} matches, and beyond by following {@code next} (as
	 * {@code after}). The total is exact when the counts kept in step with the cases answer it ({@link KeptTotal}:
	 * every case, a class, a period or the open cases, of the district or a grid above the leaf); otherwise it is
	 * counted up to {@value #COUNT_CAP} and then given as that cap with {@code totalCapped}, or given so at once when
	 * far more matches are expected ({@link MatchCount}). It is given for the first page of a walk only, since
	 * following {@code next} does not change it.
	 */
	public CasePage search(CaseQuery q, Grant grant) {
		return search(q, grant, true);
	}

	/**
	 * A page as {@link #search} gives it but never with a total, for readers that only take the matches (a meeting's
	 * agenda, an export, the Open311 listing): the total is the costliest part of a first page.
	 */
	public CasePage pageWithoutTotal(CaseQuery q, Grant grant) {
		return search(q, grant, false);
	}

	private CasePage search(CaseQuery q, Grant grant, boolean counted) {
		grant.require("case:read");
		CaseFilters f = CaseFilters.of(q, grant);
		if (Fields.blankToNull(q.channel()) != null && q.channel().length() <= 40 && channels.find(q.channel()).isEmpty()) {
			f.violations.add(new Violation("channel", "UNKNOWN", "there is no channel '" + q.channel() + "'"));
		}
		int page = q.page() == null ? 0 : q.page();
		int size = q.size() == null ? 20 : q.size();
		if (size < 1 || size > 200) {
			f.violations.add(new Violation("size", "OUT_OF_RANGE", "size is from 1 to 200"));
		}
		if (page < 0 || (long) page * Math.max(1, size) > MAX_OFFSET) {
			f.violations.add(new Violation("page", "OUT_OF_RANGE", "page reaches at most the first " + MAX_OFFSET
					+ " matches; follow the 'next' token (as 'after') to read further"));
		}
		CaseOrder order = CaseOrder.of(q.sort(), f.violations);
		String token = Fields.blankToNull(q.after());
		CaseCursor cursor = token == null ? null : CaseCursor.parse(token, order, f.violations);
		if (cursor != null && page > 0) {
			f.violations.add(new Violation("page", "CONFLICT", "give either page or after, not both"));
		}
		Fields.failIfAny(f.violations);
		Long total = null;
		boolean capped = false;
		if (cursor == null && counted) {
			total = keptTotal.of(q, grant).orElse(null);
			if (total == null) {
				MatchCount.Total matches = count.of(f.where.toString(), f.params);
				capped = matches.capped();
				total = matches.total();
			}
		}
		else if (cursor != null) {
			f.after(cursor);
		}
		f.params.put("limit", size + 1);
		f.params.put("offset", cursor == null ? (long) page * size : 0L);
		List<Placed> found = jdbc.sql("SELECT " + Cases.COLUMNS + ", deadline AS placed_deadline FROM case_row WHERE "
				+ f.where + " ORDER BY " + order.sql() + " LIMIT :limit OFFSET :offset")
			.params(f.params)
			.query((rs, row) -> new Placed(Cases.read(rs, row), rs.getTimestamp("placed_deadline") == null ? null
					: rs.getTimestamp("placed_deadline").toInstant()))
			.list();
		List<Placed> shown = found.subList(0, Math.min(size, found.size()));
		String next = found.size() > size ? shown.get(shown.size() - 1).cursor(order).token() : null;
		return new CasePage(shown.stream().map(placed -> summary(placed.c())).toList(), page, size, total, capped,
				next);
	}

	/** A case found, with the deadline as stored, which is where it stands in the deadline order. */
	private record Placed(Case c, Instant deadline) {

		CaseCursor cursor(CaseOrder order) {
			return new CaseCursor(order, order == CaseOrder.DEADLINE ? deadline : c.reportedAt, c.id);
		}
	}

	/**
	 * The steps that moved a case from one state to another (not its report, not a light or a notice) in {@code
	 * [from, to)}, on the cases in the grant's scope that the query's filters keep (such as a channel, or a grid's
	 * subtree), oldest first, at most {@code limit} (1 to 1,000).
	 */
	public List<CaseChange> stateChanges(CaseQuery query, Instant from, Instant to, int limit, Grant grant) {
		grant.require("case:read");
		if (limit < 1 || limit > 1000 || !from.isBefore(to)) {
			throw new IllegalArgumentException("limit is from 1 to 1000 and from comes before to");
		}
		CaseFilters f = CaseFilters.of(query, grant);
		Fields.failIfAny(f.violations);
		return cases.stateChanges(f.where.toString(), f.params, from, to, limit, CaseViews::caseNo);
	}

	/** The case as one line of a search result. */
	CaseSummary summary(Case c) {
		return new CaseSummary(c.id, views.caseNo(c), c.state, labels.of(c.state), c.channel, c.channelCode(), c.kind.name(),
				c.minorCode, c.urgency.name(), c.tier, c.clock == null ? null : c.clock.light(),
				c.clock == null ? null : c.clock.deadline(), c.handlingGrid,
				c.assignment == null ? null : c.assignment.lead(), c.description, c.reportedAt, c.closedAt, c.lon, c.lat);
	}
}
