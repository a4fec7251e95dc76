package org.onegrid.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.onegrid.grid.internal.PolygonIndex;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The PostGIS baseline: the same cells in a table with a GiST index, asked which cell covers each point with the
 * same rule as the index (highest priority, then lowest id) through
 * {@code ST_Covers(geom, ST_SetSRID(ST_MakePoint(x, y), 4326))}.
 */
final class PostgisBaseline {

	static final int BATCH = 1000;

	private static final String BATCH_SQL = """
			SELECT p.i, (SELECT c.id FROM bench_cells c
			             WHERE ST_Covers(c.geom, ST_SetSRID(ST_MakePoint(p.x, p.y), 4326))
			             ORDER BY c.priority DESC, c.id LIMIT 1)
			FROM unnest(?::float8[], ?::float8[]) WITH ORDINALITY AS p(x, y, i)""";

	private static final String SINGLE_SQL = """
			SELECT c.id FROM bench_cells c
			WHERE ST_Covers(c.geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))
			ORDER BY c.priority DESC, c.id LIMIT 1""";

	private final String url;

	private double loadSeconds;

	record Result(double rate, int mismatches) {
	}

	PostgisBaseline(String url) {
		this.url = url;
	}

	double loadSeconds() {
		return loadSeconds;
	}

	/** Creates the scratch database if needed and (re)loads the cells with a GiST index. */
	void load(List<Polygon> cells) throws SQLException {
		String database = url.replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
		String admin = url.replaceFirst("(^jdbc:postgresql://[^/]+/)[^?]*", "$1postgres");
		try (Connection connection = DriverManager.getConnection(admin);
				Statement statement = connection.createStatement();
				ResultSet exists = statement.executeQuery(
						"SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
			if (!exists.next()) {
				statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
			}
		}
		long start = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
			statement.execute("DROP TABLE IF EXISTS bench_cells");
			statement.execute("CREATE TABLE bench_cells (id integer PRIMARY KEY, priority integer NOT NULL, "
					+ "geom geometry(Polygon, 4326) NOT NULL)");
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY bench_cells (id, priority, geom) FROM STDIN");
			WKBWriter wkb = new WKBWriter(2, true);
			StringBuilder chunk = new StringBuilder();
			for (int i = 0; i < cells.size(); i++) {
				chunk.append(i).append("\t0\t").append(WKBWriter.toHex(wkb.write(cells.get(i)))).append('\n');
				if (chunk.length() > 1 << 20 || i == cells.size() - 1) {
					byte[] bytes = chunk.toString().getBytes(StandardCharsets.US_ASCII);
					copy.writeToCopy(bytes, 0, bytes.length);
					chunk.setLength(0);
				}
			}
			copy.endCopy();
			statement.execute("CREATE INDEX bench_cells_geom ON bench_cells USING gist (geom)");
			statement.execute("VACUUM ANALYZE bench_cells");
		}
		loadSeconds = (System.nanoTime() - start) / 1e9;
	}

	/**
	 * Lookups per second over {@code points} random points, {@value #BATCH} points per query, on {@code threads}
	 * connections at once, after one warm-up batch per connection; counts answers that differ from the index.
	 */
	Result batched(int threads, int points, PolygonIndex index) throws Exception {
		int perThread = points / threads / BATCH * BATCH;
		AtomicInteger mismatches = new AtomicInteger();
		Thread[] workers = new Thread[threads];
		Exception[] failure = new Exception[1];
		long[] elapsed = new long[threads];
		CyclicBarrier barrier = new CyclicBarrier(threads);
		for (int t = 0; t < threads; t++) {
			int id = t;
			workers[t] = new Thread(() -> {
				try (Connection connection = DriverManager.getConnection(url);
						PreparedStatement query = connection.prepareStatement(BATCH_SQL)) {
					double[] warm = BenchData.points(BATCH, 90 + id);
					runBatch(connection, query, warm, 0, index);
					double[] xy = BenchData.points(perThread, 100 + id);
					barrier.await();
					long start = System.nanoTime();
					for (int from = 0; from < perThread; from += BATCH) {
						mismatches.addAndGet(runBatch(connection, query, xy, from, index));
					}
					elapsed[id] = System.nanoTime() - start;
				}
				catch (Exception e) {
					synchronized (failure) {
						failure[0] = e;
					}
				}
			});
			workers[t].start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		if (failure[0] != null) {
			throw failure[0];
		}
		long slowest = 0;
		for (long e : elapsed) {
			slowest = Math.max(slowest, e);
		}
		return new Result((double) perThread * threads / (slowest / 1e9), mismatches.get());
	}

	private static int runBatch(Connection connection, PreparedStatement query, double[] xy, int from,
			PolygonIndex index) throws SQLException {
		Double[] xs = new Double[BATCH];
		Double[] ys = new Double[BATCH];
		for (int i = 0; i < BATCH; i++) {
			xs[i] = xy[2 * (from + i)];
			ys[i] = xy[2 * (from + i) + 1];
		}
		Array xArray = connection.createArrayOf("float8", xs);
		Array yArray = connection.createArrayOf("float8", ys);
		query.setArray(1, xArray);
		query.setArray(2, yArray);
		int mismatches = 0;
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				int i = (int) rows.getLong(1) - 1;
				int id = rows.getInt(2);
				if (rows.wasNull()) {
					id = -1;
				}
				if (id != index.locate(xs[i], ys[i])) {
					mismatches++;
				}
			}
		}
		return mismatches;
	}

	/** Lookups per second with one query per point on one connection. */
	Result perQuery(int points) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				PreparedStatement query = connection.prepareStatement(SINGLE_SQL)) {
			double[] xy = BenchData.points(points, 200);
			for (int i = 0; i < Math.min(points, 500); i++) {
				lookup(query, xy[2 * i], xy[2 * i + 1]);
			}
			long start = System.nanoTime();
			for (int i = 0; i < points; i++) {
				lookup(query, xy[2 * i], xy[2 * i + 1]);
			}
			return new Result(points / ((System.nanoTime() - start) / 1e9), 0);
		}
	}

	private static int lookup(PreparedStatement query, double x, double y) throws SQLException {
		query.setDouble(1, x);
		query.setDouble(2, y);
		try (ResultSet rows = query.executeQuery()) {
			return rows.next() ? rows.getInt(1) : -1;
		}
	}
}
