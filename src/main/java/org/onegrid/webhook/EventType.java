package org.onegrid.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The case events a subscriber can ask for, by stable public names ({@code case.closed}) that do not change when
 * the code's event classes are renamed.
 */
public enum EventType {

	/** A case was taken in (上报), from any channel; a self-handled case is closed at once as well. */
	REPORTED("case.reported"),

	/** A case was filed (立案). */
	FILED("case.filed"),

	/** A case was dispatched (派遣) to a lead department and any assisting ones. */
	DISPATCHED("case.dispatched"),

	/** The department sent the case back to the dispatcher (退回). */
	RETURNED("case.returned"),

	/** The lead department fed back that it handled the case (处置反馈). */
	HANDLED("case.handled"),

	/** The check sent the case back to the department for rework (返工). */
	REWORKED("case.reworked"),

	/** A case was closed (结案). */
	CLOSED("case.closed"),

	/** The citizen answered the callback (回访). */
	EVALUATED("case.evaluated"),

	/** A postponement of the handling deadline was approved (延期). */
	POSTPONED("case.postponed"),

	/** A case was voided on approval (作废). */
	VOIDED("case.voided"),

	/** A case went up one grid level (上报), by a person or by the overdue sweep. */
	ESCALATED("case.escalated"),

	/**
	 * An open case moved to other grids (重新定位): a person corrected its point, or a boundary change put it in
	 * another grid.
	 */
	RELOCATED("case.relocated"),

	/** A case's stage turned yellow (most of its time used) or red (overdue). */
	LIGHT_CHANGED("case.light-changed"),

	/**
	 * A result pushed back to the hotline or platform a case came from: its close, or its hand-back to 110. Only the
	 * subscriber a hotline source or a channel names as its push-back target receives it, and only for that source's
	 * or channel's cases.
	 */
	HOTLINE_PUSH_BACK("hotline.push-back");

	private final String publicName;

	EventType(String publicName) {
		this.publicName = publicName;
	}

	/** The name subscribers use and receive, such as {@code case.closed}. */
	public String publicName() {
		return publicName;
	}

	/** The type with that public name. */
	public static Optional<EventType> named(String name) {
		return Arrays.stream(values()).filter(type -> type.publicName.equals(name)).findFirst();
	}

	/** Every public name, in the order above. */
	public static List<String> publicNames() {
		return Arrays.stream(values()).map(EventType::publicName).toList();
	}
}
