package org.onegrid.catalogue;

import org.onegrid.api.Fields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.TimeLimits.StageLimit;
import org.onegrid.catalogue.internal.CatalogueCache;
import org.onegrid.catalogue.internal.MajorClasses;
import org.onegrid.catalogue.internal.MajorClasses.MajorEntry;
import org.onegrid.catalogue.internal.MinorClasses;
import org.onegrid.catalogue.internal.UrgencyFactors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's case categories: browse the tree, define major and minor classes, and work out the time limits
 * that apply to a case. Every change is checked completely before anything is written; a rejected change writes
 * nothing and lists every problem field by field.
 */
@Service
public class Catalogue {

	private final MajorClasses majors;

	private final MinorClasses minors;

	private final UrgencyFactors urgencies;

	private final CatalogueProperties properties;

	private final CatalogueCache cache;

	/** From the working calendar, so that scaled day limits turn into the hours a district actually works. */
	private final int hoursPerWorkingDay;

	Catalogue(MajorClasses majors, MinorClasses minors, UrgencyFactors urgencies, CatalogueProperties properties,
			WorkingCalendar calendar, CatalogueCache cache) {
		this.cache = cache;
		this.hoursPerWorkingDay = (int) Math.max(1, calendar.workingDayLength().toHours());
		this.majors = majors;
		this.minors = minors;
		this.urgencies = urgencies;
		this.properties = properties;
	}

	/** The category tree, of one kind or of both when {@code kind} is {@code null}. */
	public List<MajorClass> tree(Kind kind) {
		List<MinorClass> all = minors.all();
		List<MajorClass> tree = new ArrayList<>();
		for (MajorEntry major : majors.all()) {
			if (kind == null || major.kind() == kind) {
				tree.add(new MajorClass(major.kind(), major.code(), major.nameZh(), major.nameEn(), all.stream()
					.filter(minor -> minor.kind() == major.kind() && minor.majorCode().equals(major.code()))
					.toList()));
			}
		}
		return tree;
	}

	/** @throws ApiProblem 404 when there is no such minor class */
	public MinorClass minorClass(Kind kind, String code) {
		MinorClass minor = cache.current().minorClass(kind, code);
		if (minor == null) {
			throw ApiProblem.notFound("Minor class", kind + " " + code);
		}
		return minor;
	}

	public boolean exists(Kind kind, String code) {
		return cache.current().minorClass(kind, code) != null;
	}

	/** Creates or renames a major class. */
	@Transactional
	public void defineMajorClass(Kind kind, String code, String nameZh, String nameEn) {
		List<Violation> violations = new ArrayList<>();
		if (code == null || !code.matches("[0-9]{2}")) {
			violations.add(new Violation("code", "PATTERN", "a major class code is 2 digits, such as 01"));
		}
		Fields.text(nameZh, "nameZh", Fields.MAX_NAME, violations);
		Fields.text(nameEn, "nameEn", Fields.MAX_NAME, violations);
		Fields.failIfAny(violations);
		majors.save(new MajorEntry(kind, code, nameZh.strip(), nameEn.strip()));
	}

	/** Creates or replaces a minor class with all its limits; its major class must exist. */
	@Transactional
	public MinorClass defineMinorClass(MinorClassDefinition definition) {
		List<Violation> violations = new ArrayList<>();
		MinorClass minor = check().check(definition, violations);
		if (minor != null && !majors.exists(minor.kind(), minor.majorCode())) {
			violations.add(new Violation("code", "UNKNOWN_MAJOR_CLASS",
					"there is no " + minor.kind() + " major class " + minor.majorCode() + "; define it first"));
		}
		Fields.failIfAny(violations);
		minors.save(minor);
		cache.invalidate();
		return minor;
	}

	/** The checks every limit passes, within the installation's cap. */
	MinorClassCheck check() {
		return check(properties.maxWorkingDays());
	}

	/** The checks every limit passes, within {@code maxWorkingDays}. */
	MinorClassCheck check(int maxWorkingDays) {
		return new MinorClassCheck(maxWorkingDays, maxWorkingDays * hoursPerWorkingDay);
	}

	/** No stage's limit, postponements included, may exceed this many working days. */
	public int maxWorkingDays() {
		return properties.maxWorkingDays();
	}

	/**
	 * The most working days a stage, postponements included, may run in the district: its own maximum where it set
	 * one, else the installation's ({@code null}: the installation's).
	 */
	public int maxWorkingDays(String district) {
		Integer own = district == null ? null : cache.current().districtMaximums().get(district);
		return own == null ? properties.maxWorkingDays() : Math.min(own, properties.maxWorkingDays());
	}

	public Map<Urgency, BigDecimal> urgencyFactors() {
		return cache.current().urgencyFactors();
	}

	/** Sets an urgency's factor, greater than 0 and at most 1. */
	@Transactional
	public void setUrgencyFactor(Urgency urgency, BigDecimal factor) {
		if (factor == null || factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) > 0 || factor.scale() > 4) {
			throw ApiProblem.invalidField("factor", "OUT_OF_RANGE",
					"an urgency factor is greater than 0 and at most 1, with up to 4 decimals");
		}
		urgencies.save(urgency, factor);
		cache.invalidate();
	}

	/** Every stage's limit for a case of the minor class in the area class at the urgency. */
	public List<StageLimit> timeLimits(Kind kind, String code, AreaClass areaClass, Urgency urgency) {
		return timeLimits(kind, code, areaClass, urgency, null);
	}

	/**
	 * The same for a case in {@code district} (or in none, when {@code null}): the limits the district set for the
	 * class replace the catalogue's, stage by stage.
	 */
	public List<StageLimit> timeLimits(Kind kind, String code, AreaClass areaClass, Urgency urgency,
			String district) {
		var current = cache.current();
		List<StageLimit> limits = new TimeLimits(current.urgencyFactors(), hoursPerWorkingDay).of(minorClass(kind,
				code), current.districtLimits(district, kind, code), areaClass, urgency);
		Integer maximum = district == null ? null : current.districtMaximums().get(district);
		return maximum == null ? limits : TimeLimits.within(limits, maximum, hoursPerWorkingDay);
	}

	/** Whether any district set limits or a maximum of its own, so that a case's district matters to its deadlines. */
	public boolean hasDistrictLimits() {
		return !cache.current().districtLimits().isEmpty() || !cache.current().districtMaximums().isEmpty();
	}
}
