package org.onegrid.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Grant;
import org.onegrid.cases.CasePage;
import org.onegrid.cases.CaseQuery;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseSummary;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.springframework.stereotype.Component;

/**
 * Builds a meeting's agenda: the open cases in the area of the meeting's unit (the grid of the unit, or of the
 * nearest unit above it that has one; the whole district when none has), or in the meeting's grid and below it, that
 * meet one of the reasons asked for, the most pressing deadline first, at most {@value #MAX_ITEMS}. The agenda is
 * read as the system sees the cases, since a meeting takes up what is stuck whoever holds it.
 */
@Component
class Agenda {

	static final int MAX_ITEMS = 100;

	private static final int PAGE = 200;

	private static final int SERIOUS_PAGES = 5;

	private static final Grant READER = Grant.system("meeting-agenda");

	private final CaseSearch search;

	private final Organisation organisation;

	Agenda(CaseSearch search, Organisation organisation) {
		this.search = search;
		this.organisation = organisation;
	}

	List<Meeting.AgendaItem> forUnit(String unitCode, List<AgendaReason> reasons) {
		OrgUnit area = areaOf(unitCode);
		return forGrid(area == null ? null : area.layerCode(), area == null ? null : area.gridCode(), reasons);
	}

	/** The agenda of the cases whose grid trail in the layer passes through the grid; the district's when none. */
	List<Meeting.AgendaItem> forGrid(String layer, String grid, List<AgendaReason> reasons) {
		Map<Long, Entry> found = new LinkedHashMap<>();
		for (AgendaReason reason : reasons) {
			for (CaseSummary c : cases(reason, layer, grid)) {
				found.computeIfAbsent(c.id(), id -> new Entry(c, new ArrayList<>())).reasons().add(reason);
			}
		}
		return found.values().stream()
			.sorted((a, b) -> compareDeadlines(a.c(), b.c()))
			.limit(MAX_ITEMS)
			.map(e -> new Meeting.AgendaItem(e.c().id(), e.c().caseNo(), List.copyOf(e.reasons()),
					e.c().description()))
			.toList();
	}

	private List<CaseSummary> cases(AgendaReason reason, String layer, String grid) {
		return switch (reason) {
			case OVERDUE -> page(query(null, layer, grid, "RED", null), null).items();
			case SUPERVISED -> page(query(null, layer, grid, null, true), null).items();
			case ARBITRATION -> page(query(List.of("ARBITRATION"), layer, grid, null, null), null).items();
			case RETURNED -> page(query(List.of("RETURNED"), layer, grid, null, null), null).items();
			case SUSPENDED -> page(query(List.of("SUSPENDED"), layer, grid, null, null), null).items();
			case SERIOUS -> serious(layer, grid);
		};
	}

	/** The open cases above 一般: the search has no tier filter, so a few pages of open cases are read. */
	private List<CaseSummary> serious(String layer, String grid) {
		List<CaseSummary> serious = new ArrayList<>();
		String after = null;
		for (int pages = 0; pages < SERIOUS_PAGES && serious.size() < MAX_ITEMS; pages++) {
			CasePage page = page(query(null, layer, grid, null, null), after);
			page.items().stream().filter(c -> c.tier() != null && c.tier().aboveGeneral()).forEach(serious::add);
			after = page.next();
			if (after == null) {
				break;
			}
		}
		return serious;
	}

	private CasePage page(CaseQuery query, String after) {
		return search.pageWithoutTotal(after == null ? query : withAfter(query, after), READER);
	}

	private static CaseQuery query(List<String> states, String layer, String grid, String light, Boolean supervised) {
		return new CaseQuery(states, null, null, layer, grid, null, null, null, light, null, null,
				states == null ? Boolean.TRUE : null, null, states == null && light == null && supervised == null
						? PAGE : MAX_ITEMS, null, null, null, "deadline", supervised, null);
	}

	private static CaseQuery withAfter(CaseQuery q, String after) {
		return new CaseQuery(q.states(), null, null, q.layer(), q.grid(), null, null, null, q.light(), null, null,
				q.open(), null, q.size(), after, null, null, q.sort(), q.supervised(), null);
	}

	private OrgUnit areaOf(String unitCode) {
		OrgUnit unit = organisation.exists(unitCode) ? organisation.get(unitCode) : null;
		while (unit != null && unit.gridCode() == null) {
			unit = unit.parentCode() == null ? null : organisation.get(unit.parentCode());
		}
		return unit;
	}

	private static int compareDeadlines(CaseSummary a, CaseSummary b) {
		if (a.deadline() == null || b.deadline() == null) {
			return a.deadline() == null ? (b.deadline() == null ? Long.compare(a.id(), b.id()) : 1) : -1;
		}
		return a.deadline().compareTo(b.deadline());
	}

	private record Entry(CaseSummary c, List<AgendaReason> reasons) {
	}
}
