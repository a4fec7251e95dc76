package org.onegrid.bench;

/**
 * The statements that copy the template cases. Case {@code i} lies in street {@code 1 + i % 50} and in grid
 * {@code 1 + (i / 50) % 100} of that street, near the grid's corner; it is reported {@code i - 1} steps after the
 * start; within a street, its category cycles through the given minor classes and, of every five cases, three come
 * from patrol, one from a citizen and one from 12345. Cases reported since the open cut-off copy the open template, one in five with a red
 * light; the others copy the closed one, closed one to six days after their report, one in ten handled late. Both
 * inserts compute the same row for the same {@code i}. Parameters, in order: closed template, open template, first
 * and last {@code i}, start, seconds between reports, open cut-off, minor classes, id base.
 */
final class CaseScaleSql {

	private static final String ROWS = """
			WITH x AS (
			  SELECT i, p.closed_t, p.open_t, p.at0 + make_interval(secs => (i - 1) * p.apart) AS at, p.open_since,
			    p.codes, p.base, 1 + i % 50 AS s, 1 + (i / 50) % 100 AS gr,
			    CASE (i / 50) % 5 WHEN 3 THEN 'CITIZEN' WHEN 4 THEN 'HOTLINE_12345' ELSE 'PATROL' END AS channel
			  FROM (SELECT CAST(? AS bigint) AS closed_t, CAST(? AS bigint) AS open_t, CAST(? AS bigint) AS first,
			          CAST(? AS bigint) AS last, CAST(? AS timestamptz) AS at0, CAST(? AS double precision) AS apart,
			          CAST(? AS timestamptz) AS open_since, CAST(? AS text[]) AS codes, CAST(? AS bigint) AS base) p,
			    generate_series(p.first, p.last) i),
			y AS (
			  SELECT x.*, format('S%s', lpad(s::text, 2, '0')) AS street,
			    format('S%sG%s', lpad(s::text, 2, '0'), lpad(gr::text, 3, '0')) AS grid,
			    30.001 + 0.1 * (s - 1) + 0.01 * ((gr - 1) % 10) + ((i * 37) % 100) * 0.00008 AS lon,
			    20.001 + 0.01 * ((gr - 1) / 10) + ((i * 53) % 100) * 0.00008 AS lat,
			    codes[1 + ((i / 50) * 7 + i / 5000) % array_length(codes, 1)] AS code, at >= open_since AS open
			  FROM x)
			""";

	/** Fills {@code case_report}. */
	static final String REPORTS = ROWS + """
			INSERT INTO case_report (id, channel, grid_keys, lon, lat, reported_at, reported_by, report)
			SELECT y.base + y.i, y.channel, ARRAY['ops:' || y.grid, 'ops:' || y.street, 'ops:D1'], y.lon, y.lat, y.at,
			  CASE WHEN y.channel = 'PATROL' THEN 'worker-' || y.s END,
			  replace(replace(replace(replace(replace(t.report::text, 'S01G001', y.grid), '"S01"', '"' || y.street || '"'),
			    '网格1-1', '网格' || y.s || '-' || y.gr), '街道1"', '街道' || y.s || '"'),
			    '"channel": "PATROL"', '"channel": "' || y.channel || '"')::jsonb
			FROM y JOIN case_report t ON t.id = CASE WHEN y.open THEN y.open_t ELSE y.closed_t END
			""";

	/** Fills {@code cases}, after {@link #REPORTS} for the same range. */
	static final String CASES = ROWS + """
			INSERT INTO cases (id, version, state, kind, minor_code, urgency, tier, light, next_light_at, deadline,
			  handling_grid, departments, lon, lat, is_open, reported_at, closed_at, updated_at, data, number_day,
			  day_number)
			SELECT y.base + y.i, t.version, t.state, t.kind, y.code, t.urgency, t.tier,
			  CASE WHEN y.open THEN CASE WHEN (y.i / 250) % 5 = 0 THEN 'RED' ELSE 'GREEN' END END, NULL,
			  CASE WHEN y.open THEN y.at + interval '7 days' END, y.grid, t.departments, y.lon, y.lat, y.open, y.at,
			  CASE WHEN NOT y.open THEN y.at + make_interval(days => 1 + ((y.i / 50) % 6)::int) END,
			  CASE WHEN y.open THEN y.at ELSE y.at + make_interval(days => 1 + ((y.i / 50) % 6)::int) END,
			  replace(replace(replace(replace(t.data::text, 'S01G001', y.grid),
			    '"minorCode": "0201"', '"minorCode": "' || y.code || '"'),
			    '"handledOnTime": true', CASE WHEN (y.i / 50) % 10 = 3 THEN '"handledOnTime": false' ELSE '"handledOnTime": true' END),
			    '"light": "GREEN"', CASE WHEN (y.i / 250) % 5 = 0 THEN '"light": "RED"' ELSE '"light": "GREEN"' END)::jsonb,
			  (y.at AT TIME ZONE 'Asia/Shanghai')::date, y.base + y.i
			FROM y JOIN cases t ON t.id = CASE WHEN y.open THEN y.open_t ELSE y.closed_t END
			""";

	/** Every day of the range, so that each generated case's number has its day. */
	static final String DAYS = """
			INSERT INTO case_number (day, last)
			SELECT d::date, 1 FROM generate_series((CAST(? AS timestamptz) AT TIME ZONE 'Asia/Shanghai')::date,
			  (CAST(? AS timestamptz) AT TIME ZONE 'Asia/Shanghai')::date, interval '1 day') d
			ON CONFLICT (day) DO NOTHING
			""";

	/** Each day's last number as the generated cases used them, so that cases taken in later follow on. */
	static final String LAST_NUMBERS = """
			UPDATE case_number n SET last = m.last FROM (SELECT number_day, max(day_number) AS last FROM cases
			  GROUP BY number_day) m WHERE n.day = m.number_day AND n.last < m.last
			""";

	private CaseScaleSql() {
	}
}
