package org.onegrid.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.onegrid.TestApi;
import tools.jackson.databind.JsonNode;

/** The files the import tests read, and waiting for an import job to finish through the API. */
final class ImportFiles {

	/** The shipped NYC 311 mapping, with every case placed at a point of the test district. */
	static final String PLACED = "\nplace: {lon: 40.105, lat: 0.005}\n";

	private ImportFiles() {
	}

	/** The shipped NYC 311 mapping with {@link #PLACED}. */
	static String nycMapping() throws IOException {
		return resource("history/nyc311.yaml") + PLACED;
	}

	static String resource(String path) throws IOException {
		try (InputStream in = ImportFiles.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The job as the API shows it once it has stopped running; fails after five minutes. */
	static JsonNode await(TestApi api, long id) {
		for (int attempt = 0; attempt < 3000; attempt++) {
			JsonNode job = api.get("/api/v1/imports/" + id).body();
			if (!job.path("state").asString().equals("RUNNING")) {
				return job;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("import " + id + " did not finish");
	}
}
