package org.onegrid.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.grid.GridLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before a freshly started server says it is ready for traffic, it {@linkplain Intake#rehearse rehearses} taking
 * reports in, in the district's own grids and categories, read and answered in JSON with the mapper the API uses,
 * and keeps none of them. Otherwise its first real reports are the ones that wait while the JVM compiles the intake
 * path, each holding a database connection the while, so that after a restart a district's grid workers see answers
 * take up to seconds for the first half minute.
 * <p>
 * It runs last among the start-up tasks (after the demo district, when there is one) and ends after {@code
 * onegrid.cases.warm-up-reports} rehearsals or {@code onegrid.cases.warm-up-limit}, whichever comes first; a
 * district with no grids of its primary layer or no categories yet has nothing to report and skips it. Until it
 * ends, the health and readiness probes answer that the server refuses traffic, so a load balancer keeps sending
 * reports to the instances already running; each rehearsal locks what it writes only until it rolls back. Whatever
 * goes wrong in it, the server still starts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IntakeWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IntakeWarmUp.class);

	/** After this many refusals in a row, the reports made up here do not fit the district; the warm-up stops. */
	private static final int REFUSALS_TO_STOP = 20;

	/** How many different reports are rehearsed in turn. */
	private static final int MODELS = 64;

	private final Intake intake;

	private final JsonMapper json;

	private final GridLocator locator;

	private final Catalogue catalogue;

	private final String primaryLayer;

	private final int reports;

	private final Duration limit;

	IntakeWarmUp(Intake intake, JsonMapper json, GridLocator locator, Catalogue catalogue, CasesProperties properties,
			@Value("${onegrid.cases.warm-up-reports:2000}") int reports,
			@Value("${onegrid.cases.warm-up-limit:30s}") Duration limit) {
		this.intake = intake;
		this.json = json;
		this.locator = locator;
		this.catalogue = catalogue;
		this.primaryLayer = properties.primaryLayer();
		this.reports = reports;
		this.limit = limit;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			warmUp();
		}
		catch (RuntimeException e) {
			log.warn("The intake warm-up stopped; the server starts without it", e);
		}
	}

	private void warmUp() {
		List<NewCase> models = reports > 0 ? models() : List.of();
		if (models.isEmpty()) {
			return;
		}
		Grant grant = Grant.system("warm-up");
		long start = System.nanoTime();
		long end = start + limit.toNanos();
		int rehearsed = 0;
		int refused = 0;
		int refusedInARow = 0;
		List<byte[]> bodies = models.stream().map(json::writeValueAsBytes).toList();
		while (rehearsed < reports && refusedInARow < REFUSALS_TO_STOP && System.nanoTime() < end) {
			try {
				NewCase model = json.readValue(bodies.get(rehearsed % bodies.size()), NewCase.class);
				json.writeValueAsBytes(intake.rehearse(model, grant));
				refusedInARow = 0;
			}
			catch (ApiProblem | DataAccessException e) {
				refused++;
				refusedInARow++;
				log.debug("A warm-up report was refused", e);
			}
			rehearsed++;
		}
		log.info("Intake warmed up: {} reports rehearsed ({} of them refused) in {} ms, none kept", rehearsed, refused,
				(System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Reports at a point inside each of the primary layer's smallest grids, of the catalogue's minor classes in
	 * turn, half from patrol and half from citizens.
	 */
	private List<NewCase> models() {
		locator.refresh();
		List<double[]> points = locator.pointsInside(primaryLayer, MODELS);
		List<MinorClass> classes = catalogue.tree(null).stream()
			.flatMap(major -> major.minorClasses().stream())
			.limit(MODELS)
			.toList();
		if (points.isEmpty() || classes.isEmpty()) {
			return List.of();
		}
		List<NewCase> models = new ArrayList<>();
		for (int i = 0; i < MODELS; i++) {
			double[] point = points.get(i % points.size());
			MinorClass minor = classes.get(i % classes.size());
			models.add(new NewCase("warm-up-" + UUID.randomUUID(), i % 2 == 0 ? null : "CITIZEN", null, null, null,
					minor.kind().name(), minor.code(), null, null, null, "预热 / Warm-up", null, point[0], point[1],
					null, null, null));
		}
		return models;
	}
}
