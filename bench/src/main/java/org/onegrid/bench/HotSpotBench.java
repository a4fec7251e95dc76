package org.onegrid.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;

/**
 * Intake at a crowded place: a market or a building site where many cases of one category are open at once. It
 * first reports {@code --seed} cases (10,000 by default) within about 30 m of one point, all open, all of the same
 * category, then offers intake at each rate twice per round, interleaved: A at random points of the grid, B at the
 * crowded point, the same rate, the same server, the same category. Each report at the crowded point runs the
 * duplicate check among thousands of open neighbours; the ratio B / A says what the crowd costs.
 * <p>
 * Options: {@code --base URL}, {@code --seed 10000}, {@code --rates 100,300}, {@code --seconds 10},
 * {@code --rounds 2}.
 */
public final class HotSpotBench {

	private static final double[] SPOT = { 40.012, 10.012 };

	/** About 30 m in degrees of latitude; a little more of longitude at 10° north, which is still within 50 m. */
	private static final double SPREAD = 0.00027;

	/** Slow enough that a busy two-core machine answers every seeding report. */
	private static final double SEED_RATE = 120;

	private HotSpotBench() {
	}

	public static void main(String[] args) throws Exception {
		String base = "http://127.0.0.1:18080";
		int seed = 10_000;
		double[] rates = { 100, 300 };
		double seconds = 10;
		int rounds = 2;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--base" -> base = args[++i];
				case "--seed" -> seed = Integer.parseInt(args[++i]);
				case "--rates" -> rates = IntakeBench.numbers(args[++i]);
				case "--seconds" -> seconds = Double.parseDouble(args[++i]);
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		ExecutorService answers = Executors.newFixedThreadPool(2);
		HttpClient client = IntakeBench.signedIn(base, answers);
		String url = base + "/api/v1/cases";
		String runId = Long.toString(System.currentTimeMillis(), 36);
		LongFunction<double[]> spread = n -> around(new Random(n));
		LongFunction<double[]> anywhere = n -> BenchGrid.randomPoint(new Random(n));
		OpenLoad.run(client, "warm-up", 200, 10, reports(url, runId + "-w", anywhere), 201);
		OpenLoad.Result seeded = OpenLoad.run(client, "seed the spot", SEED_RATE, seed / SEED_RATE,
				reports(url, runId + "-s", spread), 201);
		System.out.println(IntakeBench.row(seeded));
		String loadAtStart = IntakeBench.loadAverage();
		List<OpenLoad.Result[]> results = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			for (double rate : rates) {
				String tag = runId + "-" + round + "-" + (long) rate;
				OpenLoad.Result a = OpenLoad.run(client, "A anywhere", rate, seconds,
						reports(url, tag + "-a", anywhere), 201);
				System.out.println(IntakeBench.row(a));
				Thread.sleep(1000);
				OpenLoad.Result b = OpenLoad.run(client, "B crowded spot", rate, seconds,
						reports(url, tag + "-b", spread), 201);
				System.out.println(IntakeBench.row(b));
				Thread.sleep(1000);
				results.add(new OpenLoad.Result[] { a, b });
			}
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "Intake at a crowded spot (%d open cases of one category seeded within ~30 m, "
				+ "%d answered); %d cores, load average %s at start, %s at end; %.0f s per run%n", seed,
				seeded.ok(), Runtime.getRuntime().availableProcessors(), loadAtStart, IntakeBench.loadAverage(),
				seconds);
		for (OpenLoad.Result[] pair : results) {
			System.out.printf(Locale.ROOT, "at %5.0f/s  A: %7.1f/s p50 %7.2f p99 %8.2f ms | B: %7.1f/s p50 %7.2f "
					+ "p99 %8.2f ms | B/A p50 %.2fx p99 %.2fx%n", pair[0].offered(), pair[0].achieved(),
					pair[0].p50Millis(), pair[0].p99Millis(), pair[1].achieved(), pair[1].p50Millis(),
					pair[1].p99Millis(), pair[1].p50Millis() / pair[0].p50Millis(),
					pair[1].p99Millis() / pair[0].p99Millis());
		}
		answers.shutdownNow();
	}

	private static double[] around(Random random) {
		return new double[] { SPOT[0] + (random.nextDouble() * 2 - 1) * SPREAD,
				SPOT[1] + (random.nextDouble() * 2 - 1) * SPREAD };
	}

	private static LongFunction<java.net.http.HttpRequest> reports(String url, String prefix,
			LongFunction<double[]> point) {
		return n -> IntakeBench.post(url, IntakeBench.report(prefix + "-" + n, point.apply(n)));
	}
}
