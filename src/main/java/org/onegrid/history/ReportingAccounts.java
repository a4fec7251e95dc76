package org.onegrid.history;

import java.util.Set;
import java.util.stream.Collectors;

import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.springframework.stereotype.Component;

/**
 * The usernames an import's rows may name as the ones who reported their cases: every account, enabled or not, since
 * a worker who has left still found what they found. Read only for a mapping that has a reporter column.
 */
@Component
class ReportingAccounts {

	private final AccountDirectory accounts;

	ReportingAccounts(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	Set<String> of(Mapping mapping) {
		if (mapping.reportedBy() == null) {
			return Set.of();
		}
		return accounts.all().stream().map(Account::username).collect(Collectors.toUnmodifiableSet());
	}
}
