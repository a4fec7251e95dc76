package org.onegrid.people;

import java.util.List;

/**
 * One of the 长河 street's 四平台 rules' platforms (综治工作, 市场监管, 综合执法, 便民服务): a named group of departments, dispatchable as a
 * whole. Its code never equals a department's.
 */
public record Platform(String code, String nameZh, String nameEn, List<String> departments) {

	public Platform {
		departments = departments == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(departments));
	}
}
