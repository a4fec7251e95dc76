package org.onegrid.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The least a push through PostgreSQL costs, as the baseline: a writer commits a row the size of a case's document
 * ({@code jsonb}) and a NOTIFY in one durable transaction, and a listener on a connection of its own hears it. It
 * runs at the same rate as OneGrid's round, on as many writer connections as the server's intake threads use at that
 * rate, so that what OneGrid adds on top shows: the intake itself, the feed line, the scope filter and the HTTP
 * stream.
 */
final class NotifyBaseline {

	private static final String DOCUMENT = "{\"channel\":\"PATROL\",\"kind\":\"COMPONENT\",\"minorCode\":\"0201\","
			+ "\"description\":\"路面坑槽 / Pothole\",\"lon\":40.0123,\"lat\":10.0123,\"trail\":[\"M9111\",\"C911\","
			+ "\"S91\",\"D9\"],\"padding\":\"" + "x".repeat(800) + "\"}";

	private NotifyBaseline() {
	}

	static Delays run(String url, String user, String password, double rate, double seconds) throws Exception {
		try (Connection setup = DriverManager.getConnection(url, user, password); Statement sql = setup.createStatement()) {
			sql.execute("CREATE TABLE IF NOT EXISTS bench_push (id BIGSERIAL PRIMARY KEY, doc JSONB NOT NULL, "
					+ "at TIMESTAMPTZ NOT NULL DEFAULT now())");
		}
		Map<Long, Long> departed = new ConcurrentHashMap<>();
		Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
		Map<Long, Long> seen = new ConcurrentHashMap<>();
		BlockingQueue<Connection> writers = new ArrayBlockingQueue<>(2);
		for (int i = 0; i < 2; i++) {
			Connection writer = DriverManager.getConnection(url, user, password);
			writer.setAutoCommit(false);
			writers.add(writer);
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (Connection listener = DriverManager.getConnection(url, user, password)) {
			try (Statement listen = listener.createStatement()) {
				listen.execute("LISTEN bench_push");
			}
			Thread ear = new Thread(() -> hear(listener, seen), "baseline-ear");
			ear.setDaemon(true);
			ear.start();
			Pacing.run(rate, seconds, (i, due) -> pool.execute(() -> write(writers, due, departed, acknowledged)));
			pool.shutdown();
			pool.awaitTermination(60, TimeUnit.SECONDS);
			Pacing.awaitSeen(seen, acknowledged);
			ear.interrupt();
			ear.join(1000);
		}
		finally {
			for (Connection writer : writers) {
				writer.close();
			}
		}
		return Delays.of("NOTIFY", departed, acknowledged, seen);
	}

	private static void write(BlockingQueue<Connection> writers, long due, Map<Long, Long> departed,
			Map<Long, Long> acknowledged) {
		Connection writer = null;
		try {
			writer = writers.take();
			long id;
			try (PreparedStatement insert = writer.prepareStatement(
					"INSERT INTO bench_push (doc) VALUES (CAST(? AS jsonb)) RETURNING id")) {
				insert.setString(1, DOCUMENT);
				try (ResultSet row = insert.executeQuery()) {
					row.next();
					id = row.getLong(1);
				}
			}
			try (PreparedStatement notify = writer.prepareStatement("SELECT pg_notify('bench_push', ?)")) {
				notify.setString(1, Long.toString(id));
				notify.executeQuery().close();
			}
			writer.commit();
			departed.put(id, due);
			acknowledged.put(id, System.nanoTime());
		}
		catch (InterruptedException | SQLException e) {
			throw new IllegalStateException(e);
		}
		finally {
			if (writer != null) {
				writers.add(writer);
			}
		}
	}

	private static void hear(Connection listener, Map<Long, Long> seen) {
		try {
			PGConnection pg = listener.unwrap(PGConnection.class);
			while (!Thread.currentThread().isInterrupted()) {
				PGNotification[] heard = pg.getNotifications(200);
				long now = System.nanoTime();
				if (heard != null) {
					for (PGNotification one : heard) {
						seen.putIfAbsent(Long.parseLong(one.getParameter()), now);
					}
				}
			}
		}
		catch (SQLException closed) {
			// the connection closes when the round ends
		}
	}
}
