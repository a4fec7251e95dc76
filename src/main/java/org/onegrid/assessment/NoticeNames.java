package org.onegrid.assessment;

import java.util.HashMap;
import java.util.Map;

import org.onegrid.access.AccountDirectory;
import org.onegrid.cases.IntakeChannels;
import org.onegrid.people.DepartmentDirectory;
import org.springframework.stereotype.Component;

/**
 * The names a ranking notice prints beside each ranked code, in the notice's language: a department's or
 * platform's name, a grid's name, a channel's name, and for workers and operators the name of the account's holder.
 * A code with no name is printed as itself.
 */
@Component
class NoticeNames {

	private final DepartmentDirectory directory;

	private final IntakeChannels channels;

	private final AccountDirectory accounts;

	private final LevelRankings levels;

	NoticeNames(DepartmentDirectory directory, IntakeChannels channels, AccountDirectory accounts,
			LevelRankings levels) {
		this.directory = directory;
		this.channels = channels;
		this.accounts = accounts;
		this.levels = levels;
	}

	/** The display name of each object of the type, by its code. */
	Map<String, String> of(ObjectType type, boolean english) {
		Map<String, String> names = new HashMap<>();
		switch (type) {
			case DEPARTMENT -> {
				directory.departments().forEach(d -> names.put(d.code(), english ? d.nameEn() : d.nameZh()));
				directory.platforms().forEach(p -> names.put(p.code(), english ? p.nameEn() : p.nameZh()));
			}
			case GRID -> names.putAll(levels.gridNames());
			case CHANNEL -> channels.list().forEach(c -> names.put(c.code(), english ? c.nameEn() : c.nameZh()));
			case WORKER, OPERATOR -> accounts.all().stream()
				.filter(account -> account.displayName() != null && !account.displayName().isBlank())
				.forEach(account -> names.put(account.username(), account.displayName()));
		}
		return names;
	}
}
