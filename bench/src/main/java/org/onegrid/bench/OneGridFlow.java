package org.onegrid.bench;

import java.util.concurrent.ThreadLocalRandom;

import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.Intake;
import org.onegrid.cases.Lifecycle;
import org.onegrid.cases.NewCase;

/**
 * The lifecycle through OneGrid's public Java API: {@link Intake#report} of a patrol report (no verification), then
 * {@link Lifecycle#act} for each step, as the REST controller calls them but without HTTP. Every report carries a
 * request id, as clients are asked to send, and a random point in the micro-grid M9111 of {@link BenchGrid}. Each
 * step is taken by the person whose post it is ({@link BenchStaff}), with their grant worked out afresh as for a
 * request: the grid worker reports and checks, the shift leader accepts, files, dispatches and closes, the
 * department's handler signs and feeds back.
 */
final class OneGridFlow extends MeasuredFlow {

	private static final ActionRequest PLAIN = ActionRequest.by("op-1", "dispatcher");

	private static final ActionRequest CONDITION_MET = request("已核实 / Confirmed", true, null);

	private static final ActionRequest FEEDBACK = request("已修补 / Patched", null, null);

	private static final ActionRequest PASSED = request(null, null, true);

	private final Intake intake;

	private final Lifecycle lifecycle;

	private final BenchStaff staff;

	OneGridFlow(Intake intake, Lifecycle lifecycle, BenchStaff staff, RoundTrips roundTrips, String database) {
		super("OneGrid", roundTrips, database);
		this.intake = intake;
		this.lifecycle = lifecycle;
		this.staff = staff;
	}

	@Override
	public void lifecycle(String key, Steps steps) {
		double[] point = BenchGrid.randomPoint(ThreadLocalRandom.current());
		long id = intake.report(new NewCase(key, "PATROL", null, null, "worker-1", "COMPONENT", "0201", null, null,
				null, "路面坑槽 / Pothole", "人民路 1 号", point[0], point[1], null, null, null),
				staff.grant(staff.worker)).view().id();
		steps.done(0);
		lifecycle.act(id, "accept", PLAIN, staff.grant(staff.leader));
		steps.done(1);
		lifecycle.act(id, "file", CONDITION_MET, staff.grant(staff.leader));
		steps.done(2);
		lifecycle.act(id, "dispatch", PLAIN, staff.grant(staff.leader));
		steps.done(3);
		lifecycle.act(id, "sign", PLAIN, staff.grant(staff.handler));
		steps.done(4);
		lifecycle.act(id, "feedback", FEEDBACK, staff.grant(staff.handler));
		steps.done(5);
		lifecycle.act(id, "check", PASSED, staff.grant(staff.worker));
		steps.done(6);
		lifecycle.act(id, "close", CONDITION_MET, staff.grant(staff.leader));
		steps.done(7);
	}

	private static ActionRequest request(String note, Boolean conditionMet, Boolean passed) {
		return new ActionRequest(null, "op-1", "dispatcher", note, null, null, null,
				conditionMet, null, null, null, null, null, null, null, passed, null,
				null, null, null, null, null);
	}
}
