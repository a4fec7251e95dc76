package org.onegrid.catalogue;

import java.util.List;

/**
 * What a district says about a minor class when it creates or edits one, as sent over the API or written in the
 * default catalogue file. Fields are plain text so that every mistake can be reported field by field.
 *
 * @param kind {@code COMPONENT} or {@code EVENT}
 * @param code four digits; its first two must name an existing major class of that kind
 * @param defaultDepartment a department code such as {@code urban-management}, or empty for territorial
 * responsibility
 * @param timeLimits each stage's limit; a limit without area class applies to every area class without its own
 */
public record MinorClassDefinition(String kind, String code, String nameZh, String nameEn, String filingCondition,
		String closingCondition, String defaultDepartment, List<LimitDefinition> timeLimits) {

	/**
	 * One stage's limit.
	 *
	 * @param stage {@code ACCEPT}, {@code DISPATCH}, {@code HANDLE} or {@code CHECK}
	 * @param areaClass {@code A}, {@code B}, {@code C}, or empty for all
	 * @param amount a positive whole number
	 * @param unit {@code DAYS} or {@code HOURS} (working days or working hours)
	 */
	public record LimitDefinition(String stage, String areaClass, Integer amount, String unit) {
	}

	/** The same definition with another kind, for the default catalogue whose minor classes inherit theirs. */
	MinorClassDefinition withKind(String newKind) {
		return new MinorClassDefinition(newKind, code, nameZh, nameEn, filingCondition, closingCondition,
				defaultDepartment, timeLimits);
	}

	/** The same definition with these limits. */
	MinorClassDefinition withTimeLimits(List<LimitDefinition> limits) {
		return new MinorClassDefinition(kind, code, nameZh, nameEn, filingCondition, closingCondition,
				defaultDepartment, limits);
	}
}
