package org.onegrid.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.cases.HistoricalCases;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Imports of historical cases from CSV files, for holders of {@code history:import}. A dry run reads every row and
 * says which would fail and why, writing nothing; a real run stores the file with its mapping and returns at once,
 * while {@link ImportRunner} records the rows in the background.
 */
@Service
public class Imports {

	private final ImportJobs jobs;

	private final ImportRunner runner;

	private final HistoricalCases cases;

	private final ReportingAccounts accounts;

	private final Clock clock;

	Imports(ImportJobs jobs, ImportRunner runner, HistoricalCases cases, ReportingAccounts accounts, Clock clock) {
		this.jobs = jobs;
		this.accounts = accounts;
		this.runner = runner;
		this.cases = cases;
		this.clock = clock;
	}

	/** What a dry run found: the rows read, how many would be imported, and every row that would not, with why. */
	public record DryRun(String mapping, int rowsTotal, int rowsOk, List<ImportJob.RowProblem> problems) {
	}

	/** Every row that would fail, and why; nothing is written. */
	public DryRun dryRun(String content, String mappingName, String mappingDocument, Grant grant) {
		grant.require(HistoricalCases.IMPORT);
		String document = document(mappingName, mappingDocument);
		Mapping mapping = MappingReader.read(document);
		List<List<String>> rows = rows(content);
		RowReader reader = new RowReader(mapping, rows.get(0), accounts.of(mapping));
		List<ImportJob.RowProblem> problems = new ArrayList<>();
		int ok = 0;
		for (int row = 1; row < rows.size(); row++) {
			RowReader.Read read = reader.read(row, rows.get(row));
			List<RowReader.Problem> found = new ArrayList<>(read.problems());
			if (read.history() != null) {
				for (Violation v : cases.check(read.history())) {
					found.add(new RowReader.Problem(row, read.key(), reader.columnOf(v.field()), v.detail()));
				}
			}
			found.forEach(p -> problems.add(new ImportJob.RowProblem(p.row(), p.key(), p.column(), p.reason())));
			ok += found.isEmpty() ? 1 : 0;
		}
		return new DryRun(mapping.name(), rows.size() - 1, ok, problems);
	}

	/** Stores the file and its mapping as a job, starts it in the background and answers it as it stands. */
	public ImportJob start(String content, String mappingName, String mappingDocument, Grant grant) {
		grant.require(HistoricalCases.IMPORT);
		long id = create(content, mappingName, mappingDocument, grant);
		runner.submit(id);
		return get(id, grant);
	}

	/** Stores the job without starting it; {@link ImportRunner} picks it up. */
	long create(String content, String mappingName, String mappingDocument, Grant grant) {
		String document = document(mappingName, mappingDocument);
		Mapping mapping = MappingReader.read(document);
		List<List<String>> rows = rows(content);
		new RowReader(mapping, rows.get(0), Set.of());
		return jobs.create(mapping.name(), document, content, rows.size() - 1, grant.username(), clock.instant());
	}

	public ImportJob get(long id, Grant grant) {
		grant.require(HistoricalCases.IMPORT);
		return jobs.get(id).orElseThrow(() -> ApiProblem.notFound("Import", Long.toString(id)));
	}

	public List<ImportJob> list(Grant grant) {
		grant.require(HistoricalCases.IMPORT);
		return jobs.list(100);
	}

	private static List<List<String>> rows(String content) {
		List<List<String>> rows = content == null ? List.of() : Csv.parse(content);
		if (rows.size() < 2) {
			throw ApiProblem.invalidField("file", "EMPTY", "the file needs a header row and at least one row");
		}
		return rows;
	}

	/** The mapping document given, or the one shipped under the name; exactly one of them. */
	private static String document(String name, String document) {
		if ((name == null || name.isBlank()) == (document == null || document.isBlank())) {
			throw ApiProblem.invalidField("mapping", "ONE_OF", "give either a mapping name or a mapping document");
		}
		if (document != null && !document.isBlank()) {
			return document;
		}
		if (!name.matches("[a-z0-9-]{1,40}")) {
			throw ApiProblem.invalidField("mapping", "UNKNOWN", "there is no mapping '" + name + "'");
		}
		ClassPathResource resource = new ClassPathResource("history/" + name + ".yaml");
		if (!resource.exists()) {
			throw ApiProblem.invalidField("mapping", "UNKNOWN", "there is no mapping '" + name + "'");
		}
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
