package org.onegrid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.Fields;
import org.onegrid.catalogue.Kind;
import org.springframework.stereotype.Component;

/**
 * The exact total of a search, from the counts kept in step with every change to a case, when the search asks only
 * what they are kept by: every case, a kind or class (大类 or 小类), a reporting period from midnight to midnight,
 * or the open cases; for a reader who sees the district, or one grid above the leaf (their own reports elsewhere
 * counted apart). A search that asks anything else is counted by reading the cases ({@link MatchCount}).
 */
@Component
class KeptTotal {

	private final KeptTallies kept;

	private final RawTallies raw;

	KeptTotal(KeptTallies kept, RawTallies raw) {
		this.kept = kept;
		this.raw = raw;
	}

	Optional<Long> of(CaseQuery q, Grant grant) {
		boolean others = q.states() != null && !q.states().isEmpty() || given(q.department()) || given(q.channel())
				|| given(q.urgency()) || given(q.light()) || given(q.bbox()) || given(q.text()) || given(q.grid())
				|| q.supervised() != null || Boolean.TRUE.equals(q.mine()) || Boolean.FALSE.equals(q.open());
		boolean open = Boolean.TRUE.equals(q.open());
		LocalDate from = day(q.from());
		LocalDate to = day(q.to());
		boolean unaligned = given(q.from()) && from == null || given(q.to()) && to == null;
		boolean classed = given(q.kind()) || given(q.category());
		if (others || unaligned || open && (classed || given(q.from()) || given(q.to()))) {
			return Optional.empty();
		}
		Optional<String> key = kept.keyFor(grant);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		long total = open ? kept.sum(key.get(), "open", List.of(""), null, null)
				: classed ? kept.sum(key.get(), "category", prefixes(q), from, to)
						: kept.sum(key.get(), "reported", List.of(""), from, to);
		if (!KeptTallies.DISTRICT.equals(key.get())) {
			total += raw.count(CaseFilters.reportedOutside(q, grant.username(), key.get()));
		}
		return Optional.of(total);
	}

	/** What the dimensions of the classes asked for start with, "kind<US>class", one for each kind asked for. */
	private static List<String> prefixes(CaseQuery q) {
		Kind kind = Fields.oneOf(Kind.class, q.kind(), "kind", false, new ArrayList<>());
		String category = Fields.blankToNull(q.category());
		List<Kind> kinds = kind == null ? List.of(Kind.values()) : List.of(kind);
		return kinds.stream().map(k -> k.name() + "\u001f" + (category == null ? "" : category.strip())).toList();
	}

	private static boolean given(String filter) {
		return Fields.blankToNull(filter) != null;
	}

	/** The day an instant starts, when it is a midnight in the calendar's zone; else {@code null}. */
	private LocalDate day(String instant) {
		return given(instant) ? kept.dayStarting(Instant.parse(instant.strip())).orElse(null) : null;
	}
}
