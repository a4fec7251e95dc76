package org.onegrid.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.onegrid.access.AccountLocked;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person privately that their account was locked after wrong passwords, and until when: the sign-in answer
 * says nothing of it, so this notice is how the owner learns that someone tried their password. An account without a
 * person has no one to tell; its lock stays in the audit log.
 */
@Component
class AccountAlerts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final ZoneId zone;

	AccountAlerts(Notifications notifications, WorkingCalendar calendar) {
		this.notifications = notifications;
		this.zone = calendar.zone();
	}

	@ApplicationModuleListener
	void on(AccountLocked event) {
		if (event.personId() == null) {
			return;
		}
		String until = TIME.format(event.until().atZone(zone));
		notifications.send(event.personId(), null, "account-locked",
				"账户 " + event.username() + " 因连续 " + event.attempts() + " 次密码错误已锁定至 " + until
						+ ";如非本人操作,请联系管理员 / Your account " + event.username() + " was locked after "
						+ event.attempts() + " wrong passwords until " + until
						+ "; if this was not you, tell your administrator",
				"account-locked:" + event.accountId() + ":" + event.until());
	}
}
