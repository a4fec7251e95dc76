package org.onegrid.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.rollcall.RollCallCalled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells each person a roll call called to answer it, and by when, once however often the event is delivered. */
@Component
class RollCallNotices {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Notifications notifications;

	private final ZoneId zone;

	RollCallNotices(Notifications notifications, WorkingCalendar calendar) {
		this.notifications = notifications;
		this.zone = calendar.zone();
	}

	@ApplicationModuleListener
	void on(RollCallCalled event) {
		String by = TIME.format(event.answerBy().atZone(zone));
		String message = "点名:请于 " + by + " 前报到 / Roll call: answer by " + by
				+ (event.note() == null ? "" : " (" + event.note() + ")");
		for (long person : event.personIds()) {
			notifications.send(person, null, "roll-call", message, "roll-call:" + event.rollCallId());
		}
	}
}
