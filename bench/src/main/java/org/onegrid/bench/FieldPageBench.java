package org.onegrid.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;

/**
 * The field page ({@code /mobile.html}) on a slow 4G phone while the server takes intake, against the same page on
 * an idle server in the same run: rounds alternate idle and loaded (A B A B), and each round makes a first visit
 * (empty cache) and a visit again (libraries cached), signed in as a grid worker with a grid of their own. The load is
 * patrol reports at a fixed arrival rate (open model, as {@link IntakeBench}) into the worker's own grid, started
 * two seconds before the visits and running past them; its answers are counted so that a saturated server shows.
 * <p>
 * Before the rounds, intake runs at the same rate for {@code --warmup} seconds, so that the server's code is compiled
 * and the first loaded round does not measure the JIT.
 * <p>
 * Options: {@code --base URL} (http://127.0.0.1:18080), {@code --rounds 5}, {@code --rate 100} reports per second,
 * {@code --warmup 30}, {@code --page /mobile.html}.
 */
public final class FieldPageBench {

	private static final double LOAD_SECONDS = 20;

	private FieldPageBench() {
	}

	public static void main(String[] args) throws Exception {
		String base = "http://127.0.0.1:18080", page = "/mobile.html";
		int rounds = 5;
		double rate = 100, warmup = 30;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--base" -> base = args[++i];
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				case "--rate" -> rate = Double.parseDouble(args[++i]);
				case "--page" -> page = args[++i];
				case "--warmup" -> warmup = Double.parseDouble(args[++i]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		ExecutorService answers = Executors.newFixedThreadPool(2);
		HttpClient client = IntakeBench.signedIn(base, answers);
		LongFunction<HttpRequest> intake = IntakeBench.reports(base, "field-" + Long.toString(
				System.currentTimeMillis(), 36));
		String loadAtStart = IntakeBench.loadAverage();
		List<Row> rows = new ArrayList<>();
		try (SlowLinkPhone phone = new SlowLinkPhone(base)) {
			phone.signIn(FieldWorker.USERNAME, BenchLogin.PASSWORD, page);
			OpenLoad.run(client, "warm-up", rate, warmup, intake, 201);
			phone.firstVisit(page);
			phone.againVisit(page);
			for (int round = 1; round <= rounds; round++) {
				rows.add(new Row(round, "idle", phone.firstVisit(page), phone.againVisit(page), null));
				System.out.println(rows.get(rows.size() - 1));
				Thread.sleep(2000);
				long offset = (long) (rate * (warmup + round * LOAD_SECONDS));
				double offered = rate;
				CompletableFuture<OpenLoad.Result> load = CompletableFuture.supplyAsync(() -> {
					try {
						return OpenLoad.run(client, "POST cases", offered, LOAD_SECONDS, n -> intake.apply(offset + n),
								201);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException(e);
					}
				});
				Thread.sleep(2000);
				SlowLinkPhone.Visit first = phone.firstVisit(page);
				SlowLinkPhone.Visit again = phone.againVisit(page);
				rows.add(new Row(round, "%.0f/s".formatted(rate), first, again, load.join()));
				System.out.println(rows.get(rows.size() - 1));
				Thread.sleep(2000);
			}
		}
		answers.shutdownNow();
		FieldPageReport.print(rows, rate, page, loadAtStart, IntakeBench.loadAverage());
	}

	/** One visit pair of one round, and the intake that ran meanwhile (none when idle). */
	record Row(int round, String load, SlowLinkPhone.Visit first, SlowLinkPhone.Visit again, OpenLoad.Result intake) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%5d %-8s %9.0f %6d %8.1f %9.0f %s", round, load, first.usableMillis(),
					first.requests(), first.wireBytes() / 1024.0, again.usableMillis(), intake == null ? ""
							: IntakeBench.row(intake));
		}
	}
}
