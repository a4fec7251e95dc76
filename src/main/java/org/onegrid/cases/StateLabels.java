package org.onegrid.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The district's display names of the fixed states. A state without a stored name shows its default; renaming
 * never changes what a state means. Other instances see a new name within ten seconds.
 */
@Service
public class StateLabels {

	private final JdbcClient jdbc;

	/** Names are read again after this long, so that a rename on another instance shows there too. */
	private static final long MAX_AGE_NANOS = 10_000_000_000L;

	private volatile Map<CaseState, CaseView.Label> cache;

	private volatile long loadedAt;

	StateLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every state with its display name, whether it is open, and whether it is terminal, in lifecycle order. */
	public List<StateInfo> all() {
		List<StateInfo> states = new ArrayList<>();
		for (CaseState state : CaseState.values()) {
			states.add(new StateInfo(state, of(state), state.isOpen(), state.isTerminal(), state.stage()));
		}
		return states;
	}

	public CaseView.Label of(CaseState state) {
		Map<CaseState, CaseView.Label> labels = cache;
		if (labels == null || System.nanoTime() - loadedAt > MAX_AGE_NANOS) {
			labels = load();
			cache = labels;
			loadedAt = System.nanoTime();
		}
		return labels.get(state);
	}

	/** Renames a state; both names are required, at most 40 characters each. */
	public StateInfo rename(CaseState state, String nameZh, String nameEn) {
		List<Violation> violations = new ArrayList<>();
		Fields.text(nameZh, "nameZh", 40, violations);
		Fields.text(nameEn, "nameEn", 40, violations);
		Fields.failIfAny(violations);
		jdbc.sql("INSERT INTO case_state_label (state, name_zh, name_en) VALUES (?, ?, ?) "
				+ "ON CONFLICT (state) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en")
			.params(state.name(), nameZh.strip(), nameEn.strip())
			.update();
		cache = null;
		return new StateInfo(state, of(state), state.isOpen(), state.isTerminal(), state.stage());
	}

	private Map<CaseState, CaseView.Label> load() {
		Map<CaseState, CaseView.Label> labels = new EnumMap<>(CaseState.class);
		for (CaseState state : CaseState.values()) {
			labels.put(state, new CaseView.Label(state.defaultNameZh(), state.defaultNameEn()));
		}
		jdbc.sql("SELECT state, name_zh, name_en FROM case_state_label").query(rs -> {
			labels.put(CaseState.valueOf(rs.getString(1)), new CaseView.Label(rs.getString(2), rs.getString(3)));
		});
		return labels;
	}

	/** One state as a district sees it. */
	public record StateInfo(CaseState state, CaseView.Label name, boolean open, boolean terminal,
			org.onegrid.catalogue.Stage stage) {
	}
}
