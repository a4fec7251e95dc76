package org.onegrid.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onegrid.api.ApiProblem;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.grid.GridExport;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridMembers;
import org.onegrid.people.DepartmentDirectory;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.onegrid.people.Roles;
import org.onegrid.profile.LoadedProfiles.LoadedProfile;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a loaded profile back as a bundle, so that a district can keep it under version control: every entry the
 * profile defines, as it is stored now (changes made through the admin API since show), in the files and format
 * it was loaded from. What OneGrid keeps only as its outcome is given back as loaded: {@code profile.yaml} (with
 * its {@code unsupported} section), the duty rules of {@code duty.yaml} and any Markdown notes. Loading the export
 * into the same installation changes nothing.
 */
@Service
public class ProfileExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoadedProfiles loaded;

	private final GridLayers layers;

	private final GridExport grids;

	private final GridMembers members;

	private final Organisation organisation;

	private final DepartmentDirectory directory;

	private final Roles roles;

	private final CatalogueExport catalogue;

	private final StaffExport staff;

	private final WorkingCalendar calendar;

	private final RulesSection rules;

	private final MeetingsSection meetings;

	private final HotlinesSection hotlines;

	private final DistrictsSection districts;

	ProfileExport(LoadedProfiles loaded, GridLayers layers, GridExport grids, GridMembers members,
			Organisation organisation,
			DepartmentDirectory directory, Roles roles, CatalogueExport catalogue, StaffExport staff,
			WorkingCalendar calendar, RulesSection rules,
			MeetingsSection meetings, HotlinesSection hotlines, DistrictsSection districts) {
		this.districts = districts;
		this.meetings = meetings;
		this.hotlines = hotlines;
		this.rules = rules;
		this.loaded = loaded;
		this.layers = layers;
		this.grids = grids;
		this.members = members;
		this.organisation = organisation;
		this.directory = directory;
		this.roles = roles;
		this.catalogue = catalogue;
		this.staff = staff;
		this.calendar = calendar;
	}

	/** The profiles loaded into this installation, by id. */
	public List<String> loadedIds() {
		return loaded.ids();
	}

	/** The profile's bundle as a zip. @throws ApiProblem 404 when no profile of that id was loaded */
	public byte[] export(String id) {
		LoadedProfile stored = loaded.find(id).orElseThrow(() -> ApiProblem.notFound("Profile", id));
		DistrictProfile profile = new ProfileReader(new Problems(),
				(int) Math.max(1, calendar.workingDayLength().toHours())).read(stored.files());
		String heading = "Exported by OneGrid from profile " + id + " " + stored.version() + " as stored on "
				+ calendar.today();
		Map<String, String> files = new TreeMap<>();
		stored.files().forEach((name, text) -> {
			if (name.equals(ProfileReader.PROFILE) || name.equals("duty.yaml") || name.endsWith(".md")) {
				files.put(name, text);
			}
		});
		List<Object> layerEntries = new ArrayList<>();
		for (var item : profile.layers()) {
			if (!layers.exists(item.key())) {
				continue;
			}
			GridLayer layer = layers.get(item.key());
			var grid = profile.grids().get(layer.code());
			var member = profile.members().get(layer.code());
			layerEntries.add(new Entries().put("code", layer.code()).put("name", layer.name()).put("kind", layer.kind())
				.put("levels", layer.levelNames()).put("codeRule", layer.codeRule().name())
				.put("sequenceDigits", layer.sequenceDigits()).put("generated", layer.generated())
				.put("source", layer.source()).put("grids", grid == null ? null : grid.key())
				.put("members", member == null ? null : member.key()).map());
			if (grid != null) {
				files.put(grid.key(), JSON.writerWithDefaultPrettyPrinter()
					.writeValueAsString(grids.export(layer.code(), null)));
			}
			if (member != null) {
				files.put(member.key(), JSON.writerWithDefaultPrettyPrinter()
					.writeValueAsString(members.export(layer.code())));
			}
		}
		files.put("layers.yaml", BundleWriter.yaml(heading, Map.of("layers", layerEntries)));
		files.put("organisation.yaml", BundleWriter.yaml(heading, organisation(profile)));
		files.put("roles.yaml", BundleWriter.yaml(heading, Map.of("roles", profile.roles().stream()
			.filter(item -> roles.exists(item.key()))
			.map(item -> roles.get(item.key()))
			.map(role -> new Entries().put("code", role.code()).put("nameZh", role.nameZh())
				.put("nameEn", role.nameEn()).put("scope", role.scope().name()).put("permissions", role.permissions())
				.map())
			.toList())));
		files.put("catalogue.yaml", BundleWriter.yaml(heading, catalogue.catalogue(profile)));
		files.put("responsibility.yaml", BundleWriter.yaml(heading, catalogue.responsibility(profile)));
		files.put("teams.yaml", BundleWriter.yaml(heading, staff.teams(profile)));
		files.put("people.yaml", BundleWriter.yaml(heading, staff.people(profile)));
		if (stored.files().containsKey(RulesSection.FILE)) {
			files.put(RulesSection.FILE, BundleWriter.yaml(heading,
					rules.export(RulesSection.read(stored.files(), new Problems()))));
		}
		if (stored.files().containsKey(MeetingsSection.FILE)) {
			files.put(MeetingsSection.FILE, BundleWriter.yaml(heading,
					meetings.export(MeetingsSection.read(stored.files(), new Problems()))));
		}
		if (stored.files().containsKey(HotlinesSection.FILE)) {
			files.put(HotlinesSection.FILE, BundleWriter.yaml(heading,
					hotlines.export(HotlinesSection.read(stored.files(), new Problems()))));
		}
		if (stored.files().containsKey(DistrictsSection.FILE)) {
			files.put(DistrictsSection.FILE, BundleWriter.yaml(heading, districts.export(
					DistrictsSection.entries(stored.files(), profile.primaryLayer(), new Problems()),
					profile.maxWorkingDays())));
		}
		return BundleWriter.zip(files);
	}

	private Map<String, Object> organisation(DistrictProfile profile) {
		List<Object> units = new ArrayList<>();
		for (var item : profile.units()) {
			if (organisation.exists(item.key())) {
				OrgUnit unit = organisation.get(item.key());
				units.add(new Entries().put("code", unit.code()).put("name", unit.name()).put("kind", unit.kind().name())
					.put("parent", unit.parentCode()).put("layer", unit.layerCode()).put("grid", unit.gridCode())
					.put("generated", unit.generated()).map());
			}
		}
		List<Object> departments = new ArrayList<>();
		profile.departments().stream().filter(item -> directory.isDepartment(item.key()))
			.map(item -> directory.department(item.key()))
			.forEach(d -> departments.add(new Entries().put("code", d.code()).put("nameZh", d.nameZh())
				.put("nameEn", d.nameEn()).put("unit", d.unitCode()).put("parent", d.parentCode())
				.put("categories", d.categories().isEmpty() ? null : d.categories()).map()));
		List<Object> platforms = new ArrayList<>();
		profile.platforms().forEach(item -> directory.platforms().stream()
			.filter(p -> p.code().equals(item.key()))
			.forEach(p -> platforms.add(new Entries().put("code", p.code()).put("nameZh", p.nameZh())
				.put("nameEn", p.nameEn()).put("departments", p.departments()).put("lead", p.lead()).map())));
		return new Entries().put("units", units).put("departments", departments).put("platforms", platforms)
			.put("coordinator", profile.coordinator() == null ? null : directory.coordinator().orElse(null)).map();
	}
}
