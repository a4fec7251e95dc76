package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.api.ApiProblem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lockout holds when wrong passwords arrive all at once: every failure is counted, and the right password is then
 * refused until the lock passes.
 */
@IntegrationTest
@Tag("lockout")
class LockoutIntegrationTests {

	private static final int GUESSES = 50;

	private static final int ROUNDS = 5;

	@Autowired
	SignIn signIn;

	@Autowired
	AccountDirectory accounts;

	@Test
	void locksAnAccountUnderABurstOfParallelWrongPasswords() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(GUESSES);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				String username = "burst-" + round;
				accounts.create(new AccountDirectory.AccountRequest(username, username, "burst-password-right",
						List.of("dispatcher"), null, true), "test", false);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Boolean>> guesses = new ArrayList<>();
				for (int i = 0; i < GUESSES; i++) {
					String guess = "burst-password-wrong-" + i;
					guesses.add(threads.submit(() -> {
						start.await();
						return refused(username, guess);
					}));
				}
				start.countDown();
				for (Future<Boolean> guess : guesses) {
					assertThat(guess.get()).isTrue();
				}
				assertThatThrownBy(() -> signIn.authenticate(username, "burst-password-right"))
					.as("round %d", round)
					.isInstanceOf(ApiProblem.class);
				assertThat(accounts.get(accounts.all().stream()
					.filter(account -> account.username().equals(username))
					.findFirst()
					.orElseThrow()
					.id()).lockedUntil()).isNotNull();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private boolean refused(String username, String password) {
		try {
			signIn.authenticate(username, password);
			return false;
		}
		catch (ApiProblem problem) {
			return problem.status().value() == 401;
		}
	}
}
