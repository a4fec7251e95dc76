package org.onegrid.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault harness's findings, one row a scenario, printed and written to {@code target/faults/results.md} as
 * they are, failures included.
 */
final class FaultResults {

	private final List<Row> rows = new ArrayList<>();

	/**
	 * One scenario's outcome. Counts are {@code -1} where they do not apply (the tagged test runs).
	 */
	record Row(String scenario, int acknowledged, int found, int serverErrors, int slow, String notes) {

		int lost() {
			return acknowledged < 0 ? -1 : acknowledged - found;
		}
	}

	synchronized void add(Row row) {
		rows.add(row);
	}

	synchronized String table() {
		var table = new StringBuilder("| scenario | requests acknowledged | found after | lost | 5xx but 503 | slow (>")
			.append(IntakeLoad.SLOW.toSeconds())
			.append(" s) | notes |\n|---|---:|---:|---:|---:|---:|---|\n");
		for (Row row : rows) {
			table.append("| ").append(row.scenario()).append(" | ").append(number(row.acknowledged()))
				.append(" | ").append(number(row.found())).append(" | ").append(number(row.lost()))
				.append(" | ").append(number(row.serverErrors())).append(" | ").append(number(row.slow()))
				.append(" | ").append(row.notes().replace('|', '/').replace('\n', ' ')).append(" |\n");
		}
		return table.toString();
	}

	synchronized void write() throws IOException {
		String table = table();
		System.out.println("\nFault harness results\n\n" + table);
		Path file = Path.of("target", "faults", "results.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "# Fault harness results\n\n" + table);
	}

	private static String number(int value) {
		return value < 0 ? "–" : Integer.toString(value);
	}
}
