package org.onegrid.cases;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Grant;
import org.onegrid.api.Dates;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads cases: one with its timeline, or pages of them by state, category, grid subtree, department, channel,
 * urgency, light and reporting time. Filters are checked field by field before anything is read.
 */
@Service
public class CaseSearch {

	private final JdbcClient jdbc;

	private final CaseViews views;

	private final StateLabels labels;

	CaseSearch(JdbcClient jdbc, CaseViews views, StateLabels labels) {
		this.jdbc = jdbc;
		this.views = views;
		this.labels = labels;
	}

	/** The case with its timeline and allowed actions; 404 when there is none or it is out of the grant's scope. */
	public CaseView get(long id, Grant grant) {
		grant.require("case:read");
		return views.get(id, grant);
	}

	/** A page of the cases in the grant's scope that match every filter. */
	public CasePage search(CaseQuery q, Grant grant) {
		grant.require("case:read");
		List<Violation> violations = new ArrayList<>();
		StringBuilder where = new StringBuilder("TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!grant.all()) {
			where.append(" AND (grid_keys && string_to_array(:scopeGrids, chr(31))"
					+ " OR departments && string_to_array(:scopeDepartments, chr(31)) OR reported_by = :me)");
			params.put("scopeGrids", String.join("\u001f", grant.gridKeys()));
			params.put("scopeDepartments", String.join("\u001f", grant.departments()));
			params.put("me", grant.username());
		}
		if (q.states() != null && !q.states().isEmpty()) {
			List<String> states = new ArrayList<>();
			for (String state : q.states()) {
				CaseState parsed = Fields.oneOf(CaseState.class, state, "state", true, violations);
				states.add(parsed == null ? "" : parsed.name());
			}
			where.append(" AND state IN (:states)");
			params.put("states", states);
		}
		equal(where, params, "kind", Fields.oneOf(Kind.class, q.kind(), "kind", false, violations));
		equal(where, params, "channel", Fields.oneOf(Channel.class, q.channel(), "channel", false, violations));
		equal(where, params, "urgency", Fields.oneOf(Urgency.class, q.urgency(), "urgency", false, violations));
		equal(where, params, "light", Fields.oneOf(Light.class, q.light(), "light", false, violations));
		String category = Fields.blankToNull(q.category());
		if (category != null) {
			if (!category.matches("[0-9]{2}([0-9]{2})?")) {
				violations.add(new Violation("category", "PATTERN", "category is 2 (major) or 4 (minor) digits"));
			}
			where.append(" AND minor_code LIKE :category");
			params.put("category", category + "%");
		}
		String grid = Fields.blankToNull(q.grid());
		if (grid != null) {
			String layer = Fields.blankToNull(q.layer());
			if (layer == null) {
				violations.add(new Violation("layer", "REQUIRED", "layer is required with grid"));
			}
			where.append(" AND grid_keys @> ARRAY[CAST(:gridKey AS text)]");
			params.put("gridKey", layer + ":" + grid);
		}
		String department = Fields.blankToNull(q.department());
		if (department != null) {
			where.append(" AND departments @> ARRAY[CAST(:department AS text)]");
			params.put("department", department);
		}
		if (q.open() != null) {
			where.append(" AND is_open = :open");
			params.put("open", q.open());
		}
		range(where, params, q.from(), "from", " AND reported_at >= :from", violations);
		range(where, params, q.to(), "to", " AND reported_at < :to", violations);
		int page = q.page() == null ? 0 : q.page();
		int size = q.size() == null ? 20 : q.size();
		if (page < 0 || page > 100_000) {
			violations.add(new Violation("page", "OUT_OF_RANGE", "page is from 0 to 100000"));
		}
		if (size < 1 || size > 200) {
			violations.add(new Violation("size", "OUT_OF_RANGE", "size is from 1 to 200"));
		}
		Fields.failIfAny(violations);
		long total = jdbc.sql("SELECT count(*) FROM case_row WHERE " + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<CaseSummary> items = jdbc.sql("SELECT " + Cases.COLUMNS + " FROM case_row WHERE " + where
				+ " ORDER BY reported_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Cases::read)
			.list()
			.stream()
			.map(this::summary)
			.toList();
		return new CasePage(items, page, size, total);
	}

	private CaseSummary summary(Case c) {
		return new CaseSummary(c.id, views.caseNo(c), c.state, labels.of(c.state), c.channel, c.kind.name(),
				c.minorCode, c.urgency.name(), c.tier, c.clock == null ? null : c.clock.light(),
				c.clock == null ? null : c.clock.deadline(), c.handlingGrid,
				c.assignment == null ? null : c.assignment.lead(), c.description, c.reportedAt, c.closedAt);
	}

	private static void equal(StringBuilder where, Map<String, Object> params, String column, Enum<?> value) {
		if (value != null) {
			where.append(" AND ").append(column).append(" = :").append(column);
			params.put(column, value.name());
		}
	}

	private static void range(StringBuilder where, Map<String, Object> params, String value, String field,
			String clause, List<Violation> violations) {
		String text = Fields.blankToNull(value);
		if (text == null) {
			return;
		}
		try {
			Instant instant = Instant.parse(text);
			if (!Dates.inRange(instant)) {
				violations.add(Dates.outOfRange(field));
				return;
			}
			params.put(field, Cases.utc(instant));
			where.append(clause);
		}
		catch (DateTimeParseException e) {
			violations.add(new Violation(field, "INVALID_FORMAT", field + " is an ISO-8601 instant such as "
					+ "2026-11-02T00:00:00Z"));
		}
	}
}
