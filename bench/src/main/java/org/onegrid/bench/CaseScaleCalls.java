package org.onegrid.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.onegrid.access.Grant;
import org.onegrid.cases.CasePage;
import org.onegrid.cases.CaseQuery;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseTallies;

/**
 * The calls a street's screens make, timed one by one for one reader: the dashboard's set of case counts (intake
 * today by channel, open and overdue, open by street, the month's on-time closures, the top categories of the day
 * and of the month), and pages of the case search: the newest first with its capped total, a page two years deep
 * (reached by the cursor a client following {@code next} would hold there), one category's newest, and the open
 * cases nearest their deadline. The plain statements are the least a store must read for the same answers: a
 * grouped count of the street's month, and a keyset page of the street's newest cases.
 */
final class CaseScaleCalls {

	private final CaseTallies tallies;

	private final CaseSearch search;

	CaseScaleCalls(CaseTallies tallies, CaseSearch search) {
		this.tallies = tallies;
		this.search = search;
	}

	/** Milliseconds per call, in the order the screens make them. */
	Map<String, Double> oneGrid(Grant reader, Instant end, Instant monthStart) {
		Map<String, Double> times = new LinkedHashMap<>();
		Instant dayStart = end.minusSeconds(86_400);
		time(times, "intake today", () -> tallies.reportedByChannel(dayStart, end, reader));
		time(times, "open", () -> tallies.open(reader));
		time(times, "open by street", () -> tallies.openByLevel("街道", reader));
		time(times, "closed on time", () -> tallies.closedOnTime(monthStart, end, reader));
		time(times, "top today", () -> tallies.topCategories(dayStart, end, 10, reader));
		time(times, "top month", () -> tallies.topCategories(monthStart, end, 10, reader));
		time(times, "first page", () -> nonEmpty(search.search(query(null, null, null, null), reader)));
		String deep = cursor(end.minusSeconds(2 * 365 * 86_400L));
		time(times, "page 2 years deep", () -> nonEmpty(search.search(query(null, null, null, deep), reader)));
		time(times, "category page", () -> nonEmpty(search.search(query("0302", null, null, null), reader)));
		time(times, "open by deadline", () -> nonEmpty(search.search(query(null, true, "deadline", null), reader)));
		return times;
	}

	/** Milliseconds for the plain statements over the street's cases. */
	static Map<String, Double> plain(Connection sql, String streetKey, Instant end, Instant monthStart) {
		Map<String, Double> times = new LinkedHashMap<>();
		time(times, "plain month count", () -> rows(sql, "SELECT c.minor_code, count(*) FROM case_report r JOIN cases c"
				+ " ON c.id = r.id WHERE r.grid_keys @> ARRAY[CAST(? AS text)] AND r.reported_at >= ? AND r.reported_at < ?"
				+ " GROUP BY c.minor_code", streetKey, monthStart, end));
		time(times, "plain page", () -> rows(sql, "SELECT c.* FROM case_report r JOIN cases c ON c.id = r.id"
				+ " WHERE r.grid_keys @> ARRAY[CAST(? AS text)] AND r.reported_at < ? ORDER BY r.reported_at DESC, r.id DESC"
				+ " LIMIT 21", streetKey, end, null));
		return times;
	}

	private static CaseQuery query(String category, Boolean open, String sort, String after) {
		return new CaseQuery(null, null, category, null, null, null, null, null, null, null, null, open, null, 20,
				after, null, null, sort, null, null);
	}

	/** The token a client holds after following {@code next} down to the cases reported before {@code at}. */
	private static String cursor(Instant at) {
		String plain = at.getEpochSecond() + "." + at.getNano() + "." + Long.MAX_VALUE;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
	}

	private static Object nonEmpty(CasePage page) {
		if (page.items().isEmpty()) {
			throw new IllegalStateException("a search found nothing: the generated cases do not reach the reader");
		}
		return page;
	}

	private static int rows(Connection sql, String statement, String key, Instant from, Instant to) {
		try (PreparedStatement query = sql.prepareStatement(statement)) {
			query.setString(1, key);
			query.setObject(2, from.atOffset(ZoneOffset.UTC));
			if (to != null) {
				query.setObject(3, to.atOffset(ZoneOffset.UTC));
			}
			int n = 0;
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					n++;
				}
			}
			return n;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void time(Map<String, Double> times, String name, Supplier<Object> call) {
		long started = System.nanoTime();
		call.get();
		times.put(name, (System.nanoTime() - started) / 1e6);
	}
}
