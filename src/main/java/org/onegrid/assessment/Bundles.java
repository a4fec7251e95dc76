package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Prepares the bundle of a people's scorecard for one period: the grids each account's person serves, asked of the
 * people module as the teams stand now, and the period's scores of those grids. An account with no person behind it
 * serves no grid.
 */
@Component
class Bundles {

	private final Staff staff;

	Bundles(Staff staff) {
		this.staff = staff;
	}

	/**
	 * The bundling of the card, or {@link Bundling#NONE} when it bundles nothing.
	 *
	 * @param scores the period's scores of the bundled type, by object; asked only when the card bundles
	 */
	Bundling of(Scorecard card, Supplier<Map<String, BigDecimal>> scores) {
		if (card.bundle() == null) {
			return Bundling.NONE;
		}
		Map<String, Long> persons = staff.personsByUsername();
		Map<String, Collection<String>> grids = new ConcurrentHashMap<>();
		return new Bundling(card.bundle().weight(), username -> grids.computeIfAbsent(username,
				name -> persons.containsKey(name) ? served(persons.get(name)) : List.of()), scores.get());
	}

	private List<String> served(long personId) {
		return staff.gridsServedBy(personId).values().stream().flatMap(Set::stream).distinct().sorted().toList();
	}
}
