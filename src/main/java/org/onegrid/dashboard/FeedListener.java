package org.onegrid.dashboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's ear on the feed: one connection of its own, outside the pool, that LISTENs on the feed's channel
 * and hands each line to the connected screens. When the database goes away it keeps trying to reconnect; once
 * back, it tells every screen to reload, since lines written meanwhile were not heard.
 */
@Component
class FeedListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedListener.class);

	/** How long one wait for notifications lasts before the connection is checked. */
	static final int WAIT_MILLIS = 5_000;

	/** How many recent line ids are remembered, so that a line heard twice reaches screens once. */
	static final int REMEMBERED = 1_000;

	private final DataSource dataSource;

	private final FeedStreams streams;

	private final Feed feed;

	private final DashboardProperties properties;

	private final LinkedHashSet<Long> heard = new LinkedHashSet<>();

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Thread thread;

	private volatile Connection connection;

	FeedListener(DataSource dataSource, FeedStreams streams, Feed feed, DashboardProperties properties) {
		this.dataSource = dataSource;
		this.streams = streams;
		this.feed = feed;
		this.properties = properties;
	}

	/** Whether the listening connection is up. */
	boolean listening() {
		return listening;
	}

	@Override
	public void start() {
		running = true;
		Thread listener = new Thread(this::listen, "dashboard-feed-listener");
		listener.setDaemon(true);
		thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread listener = thread;
		if (listener != null) {
			listener.interrupt();
		}
		closeQuietly(connection);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1;
	}

	private void listen() {
		boolean first = true;
		while (running) {
			try (Connection listen = connect()) {
				connection = listen;
				try (Statement statement = listen.createStatement()) {
					statement.execute("LISTEN " + Feed.CHANNEL);
				}
				listening = true;
				if (!first) {
					log.info("Dashboard feed: listening again; screens reload what they missed");
					streams.resetAll(feed.newestId());
				}
				first = false;
				PGConnection pg = listen.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
					if (notifications == null || notifications.length == 0) {
						if (!listen.isValid(2)) {
							throw new SQLException("the listening connection is no longer valid");
						}
						continue;
					}
					heard(notifications).forEach(this::deliver);
				}
			}
			catch (SQLException | RuntimeException e) {
				listening = false;
				if (running) {
					log.warn("Dashboard feed: not listening ({}); retrying in {}", e.getMessage(),
							properties.listenRetry());
					pause();
				}
			}
		}
		listening = false;
	}

	/**
	 * The lines of the notifications heard at once, in order, numbered with one look at the cases for all of them: a
	 * burst of reports is then heard as fast as it comes, instead of one query per line falling ever further behind.
	 */
	private List<FeedEntry> heard(PGNotification[] notifications) {
		List<FeedEntry> entries = new ArrayList<>(notifications.length);
		for (PGNotification notification : notifications) {
			String payload = notification.getParameter();
			if (payload.startsWith("{")) {
				entries.add(Feed.JSON.readValue(payload, FeedEntry.class));
			}
			else {
				feed.get(Long.parseLong(payload)).ifPresent(entries::add);
			}
		}
		return feed.numbered(entries);
	}

	private void deliver(FeedEntry entry) {
		synchronized (heard) {
			if (!heard.add(entry.item().id())) {
				return;
			}
			if (heard.size() > REMEMBERED) {
				heard.remove(heard.iterator().next());
			}
		}
		streams.deliver(entry);
	}

	private Connection connect() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari) {
			Properties login = new Properties();
			login.setProperty("user", hikari.getUsername());
			if (hikari.getPassword() != null) {
				login.setProperty("password", hikari.getPassword());
			}
			login.setProperty("connectTimeout", "3");
			login.setProperty("loginTimeout", "3");
			login.setProperty("ApplicationName", "onegrid-dashboard-listener");
			return DriverManager.getConnection(hikari.getJdbcUrl(), login);
		}
		return dataSource.getConnection();
	}

	private void pause() {
		try {
			Thread.sleep(properties.listenRetry().toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ignored) {
			// closing a connection the database already dropped
		}
	}
}
