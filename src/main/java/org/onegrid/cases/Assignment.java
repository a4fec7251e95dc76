package org.onegrid.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a case is dispatched to: the lead department (主办) and the assisting ones (协办), each of which feeds back on
 * its own. The lead's feedback waits until every assisting department has fed back.
 *
 * @param lead a department or platform code, or {@code grid:<code>} for a grid's own platform
 * @param coordinating whether the lead is the district's coordinator of matters spanning platforms, holding the case
 *        only to send it on to the platform that leads it; false for a case stored before coordinators existed
 */
public record Assignment(String lead, List<Assist> assisting, Boolean coordinating) {

	public Assignment {
		assisting = List.copyOf(assisting);
		coordinating = Boolean.TRUE.equals(coordinating);
	}

	Assignment(String lead, List<Assist> assisting) {
		this(lead, assisting, false);
	}

	/** The assisting departments that have not fed back yet. */
	public List<String> outstanding() {
		return assisting.stream().filter(assist -> assist.fedBackAt() == null).map(Assist::department).toList();
	}

	Assignment withFeedback(String department, String note, Instant at) {
		List<Assist> next = new ArrayList<>();
		for (Assist assist : assisting) {
			next.add(assist.department().equals(department) ? new Assist(department, note, at) : assist);
		}
		return new Assignment(lead, next, coordinating);
	}

	/** All departments on the case, lead first. */
	public List<String> departments() {
		List<String> all = new ArrayList<>();
		all.add(lead);
		assisting.forEach(assist -> all.add(assist.department()));
		return all;
	}

	/** One assisting department and its feedback, if given. */
	public record Assist(String department, String note, Instant fedBackAt) {
	}
}
