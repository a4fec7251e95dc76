package org.onegrid.staffing;

import java.time.LocalDate;
import java.util.List;

import org.onegrid.people.DutyShift;

/**
 * How one rule fares on one day it applies: the shifts of the rule's unit (of its department and duty, when the rule
 * names them) that cover the whole slot, how many people hold them and how many of those hold the qualification
 * that day.
 *
 * @param reason why the rule is not met, in Chinese and English; {@code null} when it is
 */
public record StaffingDay(String ruleCode, String unitCode, String departmentCode, LocalDate date, String start,
		String end, int staff, int minimumStaff, String qualification, int qualified, int minimumQualified,
		boolean met, String reason, List<DutyShift> shifts) {

	public StaffingDay {
		shifts = List.copyOf(shifts);
	}

	static String reason(int staff, int minimumStaff, String qualification, int qualified, int minimumQualified) {
		String zh = staff + " 人在岗, 需至少 " + minimumStaff + " 人";
		String en = staff + " on duty, at least " + minimumStaff + " needed";
		if (minimumQualified > 0) {
			zh += "; 具有 " + qualification + " 资格 " + qualified + " 人, 需至少 " + minimumQualified + " 人";
			en += "; " + qualified + " holding " + qualification + ", at least " + minimumQualified + " needed";
		}
		return zh + " / " + en;
	}
}
