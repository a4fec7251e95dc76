package org.onegrid.catalogue;

import java.util.List;

/**
 * Who is responsible for a case, and why, so that the dispatcher can see it.
 *
 * @param basis what decided
 * @param leadDepartment the lead department's code; {@code null} for territorial responsibility and when unclear
 * @param assistingDepartments the assisting departments, possibly none
 * @param ruleId the deciding rule's id when {@code basis} is {@link Basis#RULE}
 * @param territory the grid code that owns the case when {@code basis} is {@link Basis#TERRITORIAL}
 * @param explanation the reason in Chinese, then English
 */
public record Responsibility(Basis basis, String leadDepartment, List<String> assistingDepartments, Long ruleId,
		String territory, String explanation) {

	public Responsibility {
		assistingDepartments = List.copyOf(assistingDepartments);
	}

	/** Whether nobody could be found, so the case needs arbitration (权责不清, 提交仲裁). */
	public boolean isUnclear() {
		return basis == Basis.UNCLEAR;
	}

	/** What decided the responsibility, from most to least specific. */
	public enum Basis {

		/** A rule of the responsibility matrix. */
		RULE,

		/** The minor class's default department. */
		CATEGORY_DEFAULT,

		/** 属地管理: the street on the case's grid path. */
		TERRITORIAL,

		/** Nothing applies; the case goes to arbitration. */
		UNCLEAR
	}
}
