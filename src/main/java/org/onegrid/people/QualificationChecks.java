package org.onegrid.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.api.Dates;

/**
 * Checks the qualifications a person is given, all of them at once: each a code (such as {@code enforcement}) held
 * once, with a last day of validity between 2000 and 2100 when it has one.
 */
final class QualificationChecks {

	static final int MOST = 20;

	private QualificationChecks() {
	}

	/** The qualifications stripped and in order; a 400 listing every problem otherwise. */
	static List<Qualification> checked(List<Qualification> given) {
		var input = new Input();
		List<Qualification> checked = new ArrayList<>();
		if (given == null) {
			input.add("qualifications", "REQUIRED", "the body is the list of qualifications the person holds, "
					+ "[] for none");
		}
		else if (given.size() > MOST) {
			input.add("qualifications", "SIZE", "a person holds at most " + MOST + " qualifications");
		}
		else {
			Set<String> codes = new HashSet<>();
			for (int i = 0; i < given.size(); i++) {
				String at = "[" + i + "]";
				Qualification qualification = given.get(i);
				if (qualification == null) {
					input.add(at, "REQUIRED", at + " is empty; a qualification needs a code");
					continue;
				}
				String code = input.code(qualification.code(), at + ".code");
				if (code != null && !codes.add(code)) {
					input.add(at + ".code", "DUPLICATE", "qualification '" + code + "' is given twice");
				}
				if (qualification.validUntil() != null && !Dates.inRange(qualification.validUntil())) {
					input.add(at + ".validUntil", "OUT_OF_RANGE", Dates.outOfRange("validUntil").detail());
				}
				checked.add(new Qualification(code, qualification.validUntil()));
			}
		}
		input.failIfAny();
		return checked;
	}
}
