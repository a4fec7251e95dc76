package org.onegrid.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.onegrid.OneGridApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark database of many generated cases, kept between runs: the options every such benchmark takes
 * ({@code --server HOST:PORT}, {@code --cases N}, {@code --rounds N}, {@code --reuse}, and those of its own), whether
 * this run must generate the data afresh, and OneGrid started on it without a web server.
 */
final class GeneratedDatabase {

	final Databases databases;

	final String name;

	final long cases;

	final int rounds;

	/** The benchmark's own options, by name, with their values. */
	final Map<String, String> own = new LinkedHashMap<>();

	private final boolean reuse;

	private GeneratedDatabase(String name, String[] args, List<String> ownOptions, long cases, int rounds) {
		String server = "127.0.0.1:5432";
		boolean reuse = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--server" -> server = args[++i];
				case "--cases" -> cases = Long.parseLong(args[++i]);
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				case "--reuse" -> reuse = true;
				default -> {
					if (!ownOptions.contains(args[i]) || i + 1 == args.length) {
						throw new IllegalArgumentException("unknown option " + args[i]);
					}
					own.put(args[i], args[++i]);
				}
			}
		}
		this.databases = new Databases(server, "postgres");
		this.name = name;
		this.cases = cases;
		this.rounds = rounds;
		this.reuse = reuse;
	}

	/** The options of a benchmark on database {@code name}, 10,000,000 cases and 4 rounds unless told otherwise. */
	static GeneratedDatabase of(String name, String[] args, String... ownOptions) {
		return new GeneratedDatabase(name, args, List.of(ownOptions), 10_000_000, 4);
	}

	/**
	 * Whether the data must be generated: always without {@code --reuse}, and with it when the database does not
	 * hold {@code cases} by {@code countStatement}. The database is then made afresh, empty.
	 */
	boolean generate(String countStatement) throws Exception {
		if (reuse && holds(countStatement)) {
			return false;
		}
		databases.recreate(name);
		return true;
	}

	/** OneGrid on this database, with the benchmark's own {@code --property=value} arguments. */
	ConfigurableApplicationContext start(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--onegrid.db.url=" + databases.url(name),
				"--onegrid.db.user=postgres", "--onegrid.access.admin-password=" + BenchLogin.PASSWORD));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(OneGridApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(all.toArray(String[]::new));
	}

	/** A pool of {@code size} connections of the benchmark's own beside OneGrid's. */
	HikariDataSource pool(int size) {
		return databases.pool(name, size);
	}

	private boolean holds(String countStatement) {
		try (HikariDataSource pool = databases.pool(name, 1); Connection sql = pool.getConnection();
				PreparedStatement query = sql.prepareStatement(countStatement);
				ResultSet rows = query.executeQuery()) {
			return rows.next() && rows.getLong(1) == cases;
		}
		catch (Exception none) {
			return false;
		}
	}
}
