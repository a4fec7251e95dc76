package org.onegrid.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.onegrid.access.AuditLog;
import org.onegrid.api.Fields;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.grid.GridImport;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridLocator;
import org.onegrid.people.DepartmentDirectory;
import org.onegrid.people.Organisation;
import org.onegrid.people.Roles;
import org.onegrid.profile.Changes.LateError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a district profile, all or nothing.
 * <p>
 * The bundle is first read and checked as a whole; every problem found is reported with its file and line, and a
 * bundle with any problem is refused before anything is written. An accepted bundle is written through the modules'
 * public APIs in one transaction, entry by entry, skipping what is already stored as the bundle says; should a module
 * still refuse an entry, the transaction is undone and that entry's place is reported. A dry run does the same work
 * and always undoes it, so that it lists exactly what a load would create and change.
 */
@Service
public class ProfileLoading {

	private final GridLayers layers;

	private final GridImport imports;

	private final GridLocator locator;

	private final Organisation organisation;

	private final DepartmentDirectory directory;

	private final Roles roles;

	private final Catalogue catalogue;

	private final WorkingCalendar calendar;

	private final ProfileWriters writers;

	private final LoadedProfiles loaded;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Validator validator;

	private final RulesSection rules;

	private final MeetingsSection meetings;

	private final HotlinesSection hotlines;

	private final DistrictsSection districts;

	ProfileLoading(GridLayers layers, GridImport imports, GridLocator locator, Organisation organisation,
			DepartmentDirectory directory, Roles roles, Catalogue catalogue, WorkingCalendar calendar, ProfileWriters writers, LoadedProfiles loaded, AuditLog audit,
			TransactionTemplate transactions, Validator validator, RulesSection rules,
			MeetingsSection meetings, HotlinesSection hotlines, DistrictsSection districts) {
		this.districts = districts;
		this.meetings = meetings;
		this.hotlines = hotlines;
		this.validator = validator;
		this.rules = rules;
		this.layers = layers;
		this.imports = imports;
		this.locator = locator;
		this.organisation = organisation;
		this.directory = directory;
		this.roles = roles;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.writers = writers;
		this.loaded = loaded;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** Loads the bundle's files (by their paths in the bundle), or with {@code dryRun} only says what it would do. */
	public ProfileResult load(Map<String, String> files, boolean dryRun, String actor) {
		Problems problems = new Problems();
		int hoursPerDay = (int) Math.max(1, calendar.workingDayLength().toHours());
		DistrictProfile profile = new ProfileReader(problems, hoursPerDay).read(files);
		check(profile, problems);
		if (!problems.any()) {
			SharedEntries.warn(profile, loaded, hoursPerDay, problems);
		}
		if (problems.any()) {
			return result(profile, dryRun, new Changes(), problems);
		}
		Changes changes = new Changes();
		try {
			transactions.executeWithoutResult(status -> {
				var stored = loaded.find(profile.id()).orElse(null);
				changes.apply(new Item<>(profile.at(), profile.id(), profile), "profile", stored,
						() -> stored.version().equals(profile.version()) && stored.name().equals(profile.name()),
						() -> {
						});
				writers.write(profile, changes, actor);
				if (dryRun) {
					status.setRollbackOnly();
					return;
				}
				loaded.save(profile, calendar.now(), actor);
				audit.record(actor, "profile-loaded", profile.id(), Map.of("version", profile.version(), "changes",
						changes.list().size()));
			});
		}
		catch (LateError late) {
			problems.error(late.error().file(), late.error().line(), late.error().code(), late.error().reason());
			return result(profile, dryRun, new Changes(), problems);
		}
		finally {
			locator.refresh();
		}
		return result(profile, dryRun, changes, problems);
	}

	private void check(DistrictProfile profile, Problems problems) {
		boolean unreadable = problems.any();
		try {
			Known known = new Known(profile, layers, organisation, directory, roles, catalogue);
			var checks = new ProfileChecks(problems, known);
			checks.check(profile, imports, validator);
			new CatalogueChecks(problems, known).check(profile, checks, catalogue.maxWorkingDays());
			new StaffChecks(problems, known).check(profile, checks);
			rules.check(RulesSection.read(profile.files(), problems), known, problems);
			meetings.check(MeetingsSection.read(profile.files(), problems), known, problems);
			hotlines.check(HotlinesSection.read(profile.files(), problems), known, problems);
			Set<String> bundleChannels = HotlinesSection.read(profile.files(), new Problems()).channels().stream()
				.map(channel -> Fields.upper(channel.key())).collect(Collectors.toSet());
			districts.check(DistrictsSection.entries(profile.files(), profile.primaryLayer(), problems), known,
					profile.maxWorkingDays(), (int) Math.max(1, calendar.workingDayLength().toHours()), bundleChannels,
					problems);
		}
		catch (NullPointerException | IllegalArgumentException incomplete) {
			if (!unreadable) {
				throw incomplete;
			}
		}
	}

	private static ProfileResult result(DistrictProfile profile, boolean dryRun, Changes changes, Problems problems) {
		List<ProfileError> errors = problems.errors();
		return new ProfileResult(profile.id(), profile.name(), profile.version(), dryRun, errors.isEmpty(),
				changes.list(), changes.unchanged(), errors, problems.warnings());
	}
}
