package org.onegrid.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How soon the command centre's big screen shows a reported case (goal: within 1 s of its intake): patrol
 * reports at a fixed arrival rate into the district of {@link BenchGrid}, sent as its grid worker, while a shift
 * leader of the district's centre watches the live feed ({@link ScreenWatcher}); against the least a push through
 * PostgreSQL costs ({@link NotifyBaseline}) at the same rate, in rounds that alternate the two (A B A B).
 * <p>
 * Options: {@code --base URL} (http://127.0.0.1:18080), {@code --db-url} (the server's database, for the baseline),
 * {@code --rounds 4}, {@code --rate 50} reports per second, {@code --seconds 20} per round, {@code --warmup 20}.
 */
public final class FeedBench {

	private static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*(\\d+)");

	private FeedBench() {
	}

	public static void main(String[] args) throws Exception {
		String base = "http://127.0.0.1:18080", dbUrl = "jdbc:postgresql://127.0.0.1:5432/onegrid_bench";
		int rounds = 4;
		double rate = 50, seconds = 20, warmup = 20;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--base" -> base = args[++i];
				case "--db-url" -> dbUrl = args[++i];
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				case "--rate" -> rate = Double.parseDouble(args[++i]);
				case "--seconds" -> seconds = Double.parseDouble(args[++i]);
				case "--warmup" -> warmup = Double.parseDouble(args[++i]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		ExecutorService answers = Executors.newFixedThreadPool(2);
		HttpClient client = IntakeBench.signedIn(base, answers);
		String worker = IntakeBench.bearer;
		IntakeBench.bearer = "Bearer " + BenchLogin.token(base);
		ScreenWatcher.hire(client, base);
		IntakeBench.bearer = worker;
		String leader = "Bearer " + BenchLogin.token(base, ScreenWatcher.USERNAME);
		LongFunction<HttpRequest> intake = IntakeBench.reports(base, "feed-" + Long.toString(
				System.currentTimeMillis(), 36));
		System.out.println("load average at start " + IntakeBench.loadAverage());
		OpenLoad.run(client, "warm-up", rate, warmup, intake, 201);
		List<Delays> rows = new ArrayList<>();
		System.out.println(Delays.header());
		long offset = (long) (rate * warmup);
		for (int round = 1; round <= rounds; round++) {
			Delays a = oneGrid(client, base, leader, intake, offset, rate, seconds);
			offset += (long) (rate * seconds);
			System.out.println(a.row(round, rate));
			Delays b = NotifyBaseline.run(dbUrl, "postgres", "", rate, seconds);
			System.out.println(b.row(round, rate));
			rows.add(a);
			rows.add(b);
		}
		System.out.println(summary(rows, "OneGrid") + "; " + summary(rows, "NOTIFY"));
		System.out.println("load average at end " + IntakeBench.loadAverage());
		answers.shutdownNow();
	}

	/** The design's medians over the rounds of its p50 and p99, in milliseconds. */
	private static String summary(List<Delays> rows, String design) {
		List<Delays> mine = rows.stream().filter(row -> row.design().equals(design)).toList();
		return String.format(Locale.ROOT, "%s median p50 %.1f ms, p99 %.1f ms", design,
				median(mine.stream().mapToDouble(Delays::p50).toArray()),
				median(mine.stream().mapToDouble(Delays::p99).toArray()));
	}

	private static double median(double[] values) {
		Arrays.sort(values);
		int n = values.length;
		return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
	}

	private static Delays oneGrid(HttpClient client, String base, String leader, LongFunction<HttpRequest> intake,
			long offset, double rate, double seconds) throws Exception {
		Map<Long, Long> departed = new ConcurrentHashMap<>();
		Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
		try (ScreenWatcher screen = new ScreenWatcher(client, base, leader)) {
			List<CompletableFuture<?>> sent = new ArrayList<>();
			Pacing.run(rate, seconds, (i, due) -> sent.add(client.sendAsync(intake.apply(offset + i),
					HttpResponse.BodyHandlers.ofString())
				.thenAccept(response -> {
					long now = System.nanoTime();
					Matcher id = ID.matcher(response.body());
					if (response.statusCode() == 201 && id.find()) {
						departed.put(Long.parseLong(id.group(1)), due);
						acknowledged.put(Long.parseLong(id.group(1)), now);
					}
				})));
			CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			Pacing.awaitSeen(screen.seen, acknowledged);
			return Delays.of("OneGrid", departed, acknowledged, screen.seen);
		}
	}
}
