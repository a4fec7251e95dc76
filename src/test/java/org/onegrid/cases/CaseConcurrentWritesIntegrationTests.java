package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes from many threads at once all land, each in its own transaction: every lifecycle ends complete with a
 * gapless timeline, concurrent steps on one case land one after the other, and a step taken after another instance
 * changed the case acts on what that instance stored.
 */
@IntegrationTest
class CaseConcurrentWritesIntegrationTests {

	private static final Grant SYSTEM = Grant.system("concurrent-writes-test");

	private static final List<String> STEPS = List.of("accept", "file", "dispatch", "sign", "feedback", "check",
			"close");

	@Autowired
	TestApi api;

	@Autowired
	Intake intake;

	@Autowired
	Lifecycle lifecycle;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		new CaseFixtures(api);
	}

	@Test
	void concurrentLifecyclesEachEndClosedWithAGaplessTimeline() {
		List<CaseView> closed = CaseFixtures.inParallel(12, thread -> {
			CaseView view = report();
			for (String step : STEPS) {
				view = lifecycle.act(view.id(), step, step(step, null), SYSTEM);
			}
			return view;
		});

		assertThat(closed).allSatisfy(view -> {
			assertThat(view.state()).isEqualTo(CaseState.CLOSED);
			assertThat(view.version()).isEqualTo(8);
			assertThat(view.timeline()).extracting(TimelineEntry::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
			assertThat(storedActions(view.id())).containsExactly("report", "accept", "file", "dispatch", "sign",
					"feedback", "check", "close");
		});
	}

	@Test
	void concurrentWritesWithDifferentNumbersOfEntriesAllLand() {
		List<CaseView> written = CaseFixtures.inParallel(16, thread -> {
			if (thread % 2 == 0) {
				return selfHandledReport();
			}
			CaseView view = report();
			for (String step : STEPS.subList(0, 3)) {
				view = lifecycle.act(view.id(), step, step(step, null), SYSTEM);
			}
			return view;
		});

		assertThat(written).filteredOn(CaseView::selfHandled).hasSize(8).allSatisfy(view -> {
			assertThat(view.state()).isEqualTo(CaseState.CLOSED);
			assertThat(storedActions(view.id())).containsExactly("report", "self-handle");
		});
		assertThat(written).filteredOn(view -> !view.selfHandled()).hasSize(8).allSatisfy(view -> {
			assertThat(view.state()).isEqualTo(CaseState.DISPATCHED);
			assertThat(storedActions(view.id())).containsExactly("report", "accept", "file", "dispatch");
		});
	}

	@Test
	void concurrentStepsOnOneCaseWithoutVersionAllLandOneAfterTheOther() {
		long id = report().id();
		List<CaseView> views = CaseFixtures.inParallel(4,
				thread -> lifecycle.act(id, "supervise", step("supervise", null), SYSTEM));

		assertThat(views).extracting(CaseView::version).containsExactlyInAnyOrder(2, 3, 4, 5);
		CaseView last = views.stream().filter(view -> view.version() == 5).findFirst().orElseThrow();
		assertThat(last.notices()).extracting(SupervisionNotice::id).containsExactly(1, 2, 3, 4);
		assertThat(storedActions(id)).containsExactly("report", "supervise", "supervise", "supervise", "supervise");
	}

	@Test
	void aStepActsOnWhatAnotherInstanceStored() {
		long id = report().id();
		lifecycle.act(id, "accept", step("accept", null), SYSTEM);
		fileFromAnotherInstance(id);

		assertThatThrownBy(() -> lifecycle.act(id, "file", step("file", null), SYSTEM))
			.isInstanceOf(CaseConflict.class)
			.hasMessageContaining("FILED");
		assertThat(storedActions(id)).containsExactly("report", "accept", "file");

		CaseView dispatched = lifecycle.act(id, "dispatch", step("dispatch", 3), SYSTEM);
		assertThat(dispatched.version()).isEqualTo(4);
		assertThat(dispatched.timeline()).extracting(TimelineEntry::action)
			.containsExactly("report", "accept", "file", "dispatch");
		assertThat(storedActions(id)).containsExactly("report", "accept", "file", "dispatch");
	}

	@Test
	void aTimelineEntryNeedsItsCaseAndTheStoredDocumentsAreJsonb() {
		long id = report().id();

		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, at)
				VALUES (?, 1, 'report', NULL, 'REPORTED', 'nobody', now())
				""").param(id + 1_000_000).update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("SELECT jsonb_typeof(c.data) || ' ' || jsonb_typeof(r.report) FROM cases c "
				+ "JOIN case_report r ON r.id = c.id WHERE c.id = ?").param(id).query(String.class).single())
			.isEqualTo("object object");
	}

	/** What another instance filing the case leaves in the database. */
	private void fileFromAnotherInstance(long id) {
		jdbc.sql("""
				UPDATE cases SET version = 3, state = 'FILED',
				  data = data || '{"state": "FILED", "timelineSize": 3, "responsibility": {
				    "basis": "CATEGORY_DEFAULT", "leadDepartment": "municipal-works", "assistingDepartments": [],
				    "explanation": "filed by another instance"}}'
				WHERE id = ? AND version = 2
				""").param(id).update();
		jdbc.sql("""
				INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at)
				VALUES (?, 3, 'file', 'ACCEPTED', 'FILED', 'other-instance', 'dispatcher', now())
				""").param(id).update();
	}

	private CaseView report() {
		return intake.report(new NewCase(UUID.randomUUID().toString(), "PATROL", null, null, "worker-1",
				"COMPONENT", "0201", null, null, null, "路面坑槽 / Pothole", "人民路 1 号", CaseFixtures.LON,
				CaseFixtures.LAT, null, null, null), SYSTEM).view();
	}

	/** A patrol report fixed on the spot: two timeline entries in one write. */
	private CaseView selfHandledReport() {
		return intake.report(new NewCase(UUID.randomUUID().toString(), "PATROL", null, null, "worker-1",
				"COMPONENT", "0201", null, null, null, "路面坑槽 / Pothole", "人民路 1 号", CaseFixtures.LON,
				CaseFixtures.LAT, null, List.of("photo-after.jpg"), true), SYSTEM).view();
	}

	private static ActionRequest step(String action, Integer version) {
		boolean condition = action.equals("file") || action.equals("close");
		return new ActionRequest(version, "op-1", "dispatcher", note(action),
				null, null, null, condition ? Boolean.TRUE : null, null, null, null, null, null, null, null,
				action.equals("check") ? Boolean.TRUE : null, null, null, null, null, null, null);
	}

	private static String note(String action) {
		return switch (action) {
			case "feedback" -> "已修补 / Patched";
			case "supervise" -> "请尽快处置 / Please hurry";
			default -> null;
		};
	}

	private List<String> storedActions(long id) {
		List<String> actions = jdbc.sql("SELECT action FROM case_timeline WHERE case_id = ? ORDER BY seq")
			.param(id)
			.query(String.class)
			.list();
		List<Integer> seqs = jdbc.sql("SELECT seq FROM case_timeline WHERE case_id = ? ORDER BY seq")
			.param(id)
			.query(Integer.class)
			.list();
		assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, actions.size()).boxed().toList());
		return actions;
	}
}
