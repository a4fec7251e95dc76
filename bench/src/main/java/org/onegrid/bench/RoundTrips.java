package org.onegrid.bench;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * Counts the client/server round trips that go through a {@link DataSource}: every statement execution (a batch
 * counts once), every commit and rollback, and every connection taken from the pool (about one per transaction).
 * <p>
 * With the PostgreSQL driver a {@code BEGIN} travels with the transaction's first statement, so statements plus
 * commits is the number of times the client waits for the server. Counting costs one {@link LongAdder} increment.
 */
final class RoundTrips {

	final LongAdder statements = new LongAdder();

	final LongAdder commits = new LongAdder();

	final LongAdder connections = new LongAdder();

	/** Executions by statement text, kept only while {@link #recordSql} is on (for the step profile). */
	final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();

	volatile boolean recordSql;

	/** A snapshot, for differences. */
	record Count(long statements, long commits, long connections) {

		Count minus(Count earlier) {
			return new Count(statements - earlier.statements, commits - earlier.commits,
					connections - earlier.connections);
		}

		long roundTrips() {
			return statements + commits;
		}
	}

	Count now() {
		return new Count(statements.sum(), commits.sum(), connections.sum());
	}

	/** {@code target} seen through a counting proxy; also {@link Closeable} so the pool can still be closed. */
	DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(),
				new Class<?>[] { DataSource.class, Closeable.class }, (proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						if (target instanceof AutoCloseable closeable) {
							closeable.close();
						}
						return null;
					}
					Object result = call(target, method, args);
					if (result instanceof Connection connection) {
						connections.increment();
						return proxy(Connection.class, connection, this::onConnection);
					}
					return result;
				});
	}

	private Object onConnection(Object target, Method method, Object[] args) throws Throwable {
		String name = method.getName();
		if (name.equals("commit") || name.equals("rollback")) {
			commits.increment();
		}
		Object result = call(target, method, args);
		String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
		if (result instanceof CallableStatement statement) {
			return proxy(CallableStatement.class, statement, (t, m, a) -> onStatement(prepared, t, m, a));
		}
		if (result instanceof PreparedStatement statement) {
			return proxy(PreparedStatement.class, statement, (t, m, a) -> onStatement(prepared, t, m, a));
		}
		if (result instanceof Statement statement) {
			return proxy(Statement.class, statement, (t, m, a) -> onStatement(null, t, m, a));
		}
		return result;
	}

	private Object onStatement(String prepared, Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().startsWith("execute")) {
			statements.increment();
			if (recordSql) {
				String sql = prepared != null ? prepared
						: args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
				bySql.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(), key -> new LongAdder()).increment();
			}
		}
		return call(target, method, args);
	}

	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;
	}

	private static <T> T proxy(Class<T> type, Object target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
				return call(target, method, args);
			}
			return handler.handle(target, method, args);
		};
		return type.cast(Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { type },
				invocation));
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
