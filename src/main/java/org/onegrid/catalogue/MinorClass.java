package org.onegrid.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A minor class (小类): the category a case is filed under.
 *
 * @param kind component or event
 * @param code four digits, the first two being its major class's code
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param filingCondition 立案条件: what must hold to file a case of this class
 * @param closingCondition 结案条件: what must hold to close it
 * @param defaultDepartment the department code that handles it where no responsibility rule says otherwise, or
 * {@code null} when territorial responsibility applies
 * @param timeLimits every stage's limit, at least one per stage for every area class
 */
public record MinorClass(Kind kind, String code, String nameZh, String nameEn, String filingCondition,
		String closingCondition, String defaultDepartment, List<TimeLimit> timeLimits) {

	public MinorClass {
		timeLimits = List.copyOf(timeLimits);
	}

	public String majorCode() {
		return code.substring(0, 2);
	}

	/** The stage's limit in the area class: the area class's own limit if it has one, else the general one. */
	public Optional<TimeLimit> limitFor(Stage stage, AreaClass areaClass) {
		return find(timeLimits, stage, areaClass);
	}

	/** The stage's limit in the area class among {@code limits}: the area class's own, else the general one. */
	static Optional<TimeLimit> find(List<TimeLimit> limits, Stage stage, AreaClass areaClass) {
		Optional<TimeLimit> own = limits.stream()
			.filter(limit -> limit.stage() == stage && limit.areaClass() == areaClass)
			.findFirst();
		return own.or(() -> limits.stream()
			.filter(limit -> limit.stage() == stage && limit.areaClass() == null)
			.findFirst());
	}
}
