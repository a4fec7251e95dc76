package org.onegrid.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One of the 长河 street's 四平台 rules' platforms (综治工作, 市场监管, 综合执法, 便民服务): a named group of departments, dispatchable as a
 * whole. Its code never equals a department's. When it names a lead department (牵头单位), the work sent to the
 * platform is taken up by that department's people, who coordinate the others; without one, every department of the
 * platform works for it.
 *
 * @param lead the lead department's code, one of {@code departments}, or {@code null}
 */
public record Platform(String code, String nameZh, String nameEn, List<String> departments, String lead) {

	public Platform {
		departments = departments == null ? null : Collections.unmodifiableList(new ArrayList<>(departments));
	}

	/** A platform without a lead department. */
	public Platform(String code, String nameZh, String nameEn, List<String> departments) {
		this(code, nameZh, nameEn, departments, null);
	}

	/** The departments that act for the platform: its lead, or all of them when it has none. */
	public List<String> actingDepartments() {
		return lead == null ? departments : List.of(lead);
	}
}
