package org.onegrid.access;

import java.util.List;
import java.util.Locale;

import org.onegrid.access.internal.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to run a real district with known passwords. On an empty database it creates the {@code admin} account
 * from {@code ONEGRID_ADMIN_PASSWORD}, which must be set, at least 12 characters and not a well-known default.
 * Outside the {@code demo} profile it also refuses to start while any enabled account still has a password
 * published for the demo.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootGuard implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootGuard.class);

	private static final List<String> WELL_KNOWN = List.of("admin", "password", "123456", "12345678", "changeme",
			"onegrid", "admin123", "password123", "123456789012", "administrator");

	private final Accounts accounts;

	private final AccountDirectory directory;

	private final AccessProperties properties;

	private final Environment environment;

	BootGuard(Accounts accounts, AccountDirectory directory, AccessProperties properties, Environment environment) {
		this.accounts = accounts;
		this.directory = directory;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
		String password = properties.adminPassword();
		if (password != null && !password.isBlank() && weak(password)) {
			throw new IllegalStateException("ONEGRID_ADMIN_PASSWORD is a well-known default or shorter than "
					+ AccountDirectory.MIN_PASSWORD + " characters; choose another");
		}
		if (accounts.count() == 0 && password != null && !password.isBlank()) {
			directory.create(new AccountDirectory.AccountRequest("admin", "管理员 / Administrator", password,
					List.of("admin"), null, true), "system", false);
			log.info("Created the admin account from ONEGRID_ADMIN_PASSWORD");
		}
		else if (accounts.count() == 0 && !demo) {
			throw new IllegalStateException("The database has no accounts: set ONEGRID_ADMIN_PASSWORD (12 characters "
					+ "or more) for the first start, or run the demo with the demo profile");
		}
		if (!demo && accounts.countDemoPasswords() > 0) {
			throw new IllegalStateException(accounts.countDemoPasswords() + " account(s) still have the passwords "
					+ "published for the demo; outside the demo profile OneGrid refuses to start. Reset them "
					+ "(PUT /api/v1/accounts/{id}/password) in the demo, or start on a new database");
		}
	}

	static boolean weak(String password) {
		return password.length() < AccountDirectory.MIN_PASSWORD
				|| WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT));
	}
}
