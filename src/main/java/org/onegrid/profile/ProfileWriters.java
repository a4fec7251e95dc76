package org.onegrid.profile;

import org.springframework.stereotype.Component;

/**
 * Writes every section of a checked profile in the order their references need: layers and grids, the districts
 * served, the organisation and roles, the catalogue and responsibility matrix, then teams, people, accounts and duties, and
 * last the scorecards, automatic supervision rules, spot checks, staffing rules, standing meetings and hotlines.
 */
@Component
class ProfileWriters {

	private final GridsWriter grids;

	private final OrganisationWriter organisation;

	private final CatalogueWriter catalogue;

	private final StaffWriter staff;

	private final RulesSection rules;

	private final MeetingsSection meetings;

	private final HotlinesSection hotlines;

	private final DistrictsSection districts;

	ProfileWriters(GridsWriter grids, OrganisationWriter organisation, CatalogueWriter catalogue, StaffWriter staff,
			RulesSection rules, MeetingsSection meetings, HotlinesSection hotlines, DistrictsSection districts) {
		this.districts = districts;
		this.meetings = meetings;
		this.hotlines = hotlines;
		this.rules = rules;
		this.grids = grids;
		this.organisation = organisation;
		this.catalogue = catalogue;
		this.staff = staff;
	}

	void write(DistrictProfile profile, Changes changes, String actor) {
		grids.write(profile, changes);
		var served = DistrictsSection.entries(profile.files(), profile.primaryLayer(), new Problems());
		districts.write(served, changes);
		organisation.write(profile, changes);
		catalogue.write(profile, changes);
		districts.writeOffers(served, changes);
		districts.writeLimits(served, profile.maxWorkingDays(), changes);
		organisation.writeDepartments(profile, changes, true);
		staff.write(profile, changes, actor);
		rules.write(RulesSection.read(profile.files(), new Problems()), changes);
		meetings.write(MeetingsSection.read(profile.files(), new Problems()), changes);
		hotlines.write(HotlinesSection.read(profile.files(), new Problems()), changes);
		districts.writeChannels(served, changes);
	}
}
