package org.onegrid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.access.AccessProperties;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.SignIn;
import org.onegrid.api.ApiProblem;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.UnitDefinition;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner of an account locked by wrong passwords is told privately, once per lock, while the sign-in answer stays
 * the same as for a wrong password.
 */
@IntegrationTest
class AccountAlertsIntegrationTests {

	@Autowired
	SignIn signIn;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@Autowired
	Notifications notifications;

	@Autowired
	AccessProperties properties;

	@Test
	void tellsTheOwnerOnceThatTheirAccountWasLocked() throws InterruptedException {
		organisation.define(new UnitDefinition("lock-unit", "锁定提醒单位", "DISTRICT", null, null, null, false));
		long owner = people.add(new PersonDefinition("锁定提醒人", null, "lock-unit", null, List.of("dispatcher"), false)).id();
		accounts.create(new AccountDirectory.AccountRequest("lock-notice", "锁定提醒人", "lock-notice-right",
				List.of("dispatcher"), owner, true), "test", false);
		String wrongAnswer = refusal("lock-notice", "lock-notice-wrong");
		for (int i = 1; i < properties.lockoutThreshold() + 3; i++) {
			assertThat(refusal("lock-notice", "lock-notice-wrong-" + i)).isEqualTo(wrongAnswer);
		}
		assertThat(refusal("lock-notice", "lock-notice-right")).isEqualTo(wrongAnswer);

		awaitNotices(owner);
		Thread.sleep(300);
		List<Notification> notices = notifications.of(owner, 50);
		assertThat(notices).hasSize(1);
		Notification notice = notices.get(0);
		assertThat(notice.kind()).isEqualTo("account-locked");
		assertThat(notice.caseId()).isNull();
		assertThat(notice.message()).contains("lock-notice", "已锁定", String.valueOf(properties.lockoutThreshold()));
	}

	private String refusal(String username, String password) {
		try {
			signIn.authenticate(username, password);
		}
		catch (ApiProblem problem) {
			return problem.status().value() + " " + problem.getMessage();
		}
		throw new AssertionError("signed in with " + password);
	}

	private List<Notification> awaitNotices(long personId) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<Notification> notices = notifications.of(personId, 50);
			if (!notices.isEmpty()) {
				return notices;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("person " + personId + " was not told of the lock");
	}
}
