package org.onegrid.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ten million cases in OneGrid's own case tables, made in the database from two cases the product itself took in
 * and handled in grid {@value #TEMPLATE_GRID} (one closed, one still being handled): each generated case is a copy
 * of one of them with its own id, number, reporting time, grid trail, category, channel, place and light, so that
 * every stored document is one the product wrote and reads back. Cases are spread evenly over the three years
 * before {@code end}; those reported in its last {@value #OPEN_DAYS} days are still open, one in five of them
 * overdue. The tables' indexes, as the migrations define them, are dropped for the load and built again after it.
 */
final class CaseScaleData {

	static final int STREETS = 50;

	static final int GRIDS_PER_STREET = 100;

	static final String TEMPLATE_GRID = "S01G001";

	static final int OPEN_DAYS = 10;

	/** The minor classes (components) the generated cases are spread over: the default catalogue's 22. */
	static final String[] CATEGORIES = { "0101", "0102", "0103", "0104", "0105", "0106", "0201", "0202", "0203",
			"0204", "0205", "0206", "0301", "0302", "0303", "0401", "0402", "0403", "0501", "0502", "0601", "0602" };

	/** Ids of generated cases start above this, clear of the templates. */
	static final long BASE_ID = 100;

	private CaseScaleData() {
	}

	/** The layer's features: district D1, its streets S01… and each street's grids S01G001…, as nested squares. */
	static String features() {
		StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		json.append(square("D1", "规模区", null, "区", 30, 20, 30 + 0.1 * STREETS, 20.1));
		for (int s = 1; s <= STREETS; s++) {
			double x = 30 + 0.1 * (s - 1);
			json.append(',').append(square(street(s), "街道" + s, "D1", "街道", x, 20, x + 0.1, 20.1));
			for (int g = 1; g <= GRIDS_PER_STREET; g++) {
				double gx = x + 0.01 * ((g - 1) % 10);
				double gy = 20 + 0.01 * ((g - 1) / 10);
				json.append(',').append(square(grid(s, g), "网格" + s + "-" + g, street(s), "网格", gx, gy, gx + 0.01,
						gy + 0.01));
			}
		}
		return json.append("]}").toString();
	}

	static String street(int s) {
		return String.format(Locale.ROOT, "S%02d", s);
	}

	static String grid(int s, int g) {
		return String.format(Locale.ROOT, "S%02dG%03d", s, g);
	}

	/** Copies the two template cases into {@code cases} cases reported in {@code [start, end)}. */
	static void generate(Connection sql, long cases, long closedTemplate, long openTemplate, Instant start, Instant end)
			throws Exception {
		sql.setAutoCommit(true);
		try (Statement s = sql.createStatement()) {
			s.execute("SET maintenance_work_mem = '1GB'");
			List<String> indexes = indexes(sql);
			for (String index : indexes) {
				s.execute("DROP INDEX " + index.split(" ")[2]);
			}
			try (PreparedStatement days = sql.prepareStatement(CaseScaleSql.DAYS)) {
				days.setObject(1, start.atOffset(ZoneOffset.UTC));
				days.setObject(2, end.atOffset(ZoneOffset.UTC));
				days.executeUpdate();
			}
			s.execute("ALTER TABLE cases DISABLE TRIGGER case_tally_inserted");
			double secondsApart = (double) (end.getEpochSecond() - start.getEpochSecond()) / cases;
			long step = 1_000_000;
			for (long from = 1; from <= cases; from += step) {
				long to = Math.min(cases, from + step - 1);
				for (String table : List.of(CaseScaleSql.REPORTS, CaseScaleSql.CASES)) {
					try (PreparedStatement insert = sql.prepareStatement(table)) {
						insert.setLong(1, closedTemplate);
						insert.setLong(2, openTemplate);
						insert.setLong(3, from);
						insert.setLong(4, to);
						insert.setObject(5, start.atOffset(ZoneOffset.UTC));
						insert.setDouble(6, secondsApart);
						insert.setObject(7, end.minusSeconds(OPEN_DAYS * 86_400L).atOffset(ZoneOffset.UTC));
						insert.setArray(8, sql.createArrayOf("text", CATEGORIES));
						insert.setLong(9, BASE_ID);
						insert.executeUpdate();
					}
				}
				System.out.printf(Locale.ROOT, "  %,d cases%n", to);
			}
			s.execute(CaseScaleSql.LAST_NUMBERS);
			for (String index : indexes) {
				s.execute(index);
			}
			s.execute("SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT max(id) FROM cases))");
			s.execute("ALTER TABLE cases ENABLE TRIGGER case_tally_inserted");
			long started = System.nanoTime();
			s.execute("SELECT case_tally_rebuild()");
			System.out.printf(Locale.ROOT, "  counted ahead in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
			s.execute("VACUUM (ANALYZE) case_report");
			s.execute("VACUUM (ANALYZE) cases");
		}
	}

	/** The definitions of the case tables' indexes other than their keys and unique constraints. */
	private static List<String> indexes(Connection sql) throws Exception {
		List<String> result = new ArrayList<>();
		try (PreparedStatement q = sql.prepareStatement("SELECT indexdef FROM pg_indexes i WHERE tablename IN "
				+ "('cases', 'case_report') AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = "
				+ "i.indexname)"); ResultSet rows = q.executeQuery()) {
			while (rows.next()) {
				result.add(rows.getString(1));
			}
		}
		return result;
	}

	private static String square(String code, String name, String parent, String level, double x0, double y0,
			double x1, double y1) {
		String ring = String.format(Locale.ROOT, "[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]", x0,
				y0, x1, y0, x1, y1, x0, y1, x0, y0);
		return ("{\"type\":\"Feature\",\"properties\":{\"code\":\"%s\",\"name\":\"%s\",\"parent\":%s,\"level\":\"%s\"},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[%s]}}").formatted(code, name,
						parent == null ? "null" : "\"" + parent + "\"", level, ring);
	}
}
