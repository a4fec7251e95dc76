package org.onegrid.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Urgency;
import org.onegrid.geo.Crs;

/**
 * Checks a report field by field and builds the new case's fixed properties; every problem is listed at once.
 */
final class ReportCheck {

	/** A report's description: as long as Open311's limit, so that a hotline ticket's full text fits. */
	static final int MAX_DESCRIPTION = 4000;

	/** A note on an action: a reason, a result, a remark. */
	static final int MAX_NOTE = 2000;

	static final int MAX_SHORT = 200;

	private ReportCheck() {
	}

	/** The checked report, not yet located; its problems go to {@code violations}, every bad field listed. */
	static Report check(NewCase report, Catalogue catalogue, IntakeChannels channels, List<Violation> violations) {
		if (report.requestId() != null && (report.requestId().isBlank() || report.requestId().length() > 100)) {
			violations.add(new Violation("requestId", "SIZE", "requestId has 1 to 100 characters"));
		}
		IntakeChannel intake = channel(report.channel(), channels, violations);
		Channel channel = intake == null ? null : intake.kind();
		Map<String, String> channelDetails = details(report.channelDetails(), intake, violations);
		reporter(report.reporter(), violations);
		String reportedBy = optional(report.reportedBy(), "reportedBy", 64, violations);
		Kind kind = Fields.oneOf(Kind.class, report.kind(), "kind", true, violations);
		String minorCode = Fields.blankToNull(report.minorCode());
		if (minorCode == null || !minorCode.matches("[0-9]{4}")) {
			violations.add(new Violation("minorCode", "PATTERN", "minorCode is a minor class's 4 digits, such as 0101"));
		}
		else if (kind != null && !catalogue.exists(kind, minorCode)) {
			violations.add(new Violation("minorCode", "UNKNOWN_CATEGORY",
					"there is no " + kind + " minor class " + minorCode));
		}
		Urgency urgency = orDefault(Fields.oneOf(Urgency.class, report.urgency(), "urgency", false, violations),
				Urgency.NORMAL);
		Tier tier = orDefault(Fields.oneOf(Tier.class, report.tier(), "tier", false, violations), Tier.GENERAL);
		AreaClass areaClass = Fields.oneOf(AreaClass.class, report.areaClass(), "areaClass", false, violations);
		Fields.text(report.description(), "description", MAX_DESCRIPTION, violations);
		String address = optional(report.address(), "address", MAX_SHORT, violations);
		coordinate(report.lon(), "lon", 180, violations);
		coordinate(report.lat(), "lat", 90, violations);
		if (report.crs() != null && Crs.parse(report.crs()).isEmpty()) {
			violations.add(new Violation("crs", "UNKNOWN", "crs is one of wgs84, gcj02, bd09, cgcs2000"));
		}
		List<String> attachments = attachments(report.attachments(), "attachments", violations);
		boolean selfHandled = Boolean.TRUE.equals(report.selfHandled());
		if (selfHandled && channel != null && channel != Channel.PATROL) {
			violations.add(new Violation("selfHandled", "NOT_PATROL",
					"only a grid worker on patrol can handle a case on the spot"));
		}
		if (selfHandled && attachments.isEmpty()) {
			violations.add(new Violation("attachments", "EVIDENCE_REQUIRED",
					"a case handled on the spot needs at least one photo as evidence"));
		}
		return new Report(channel, intake == null || intake.builtIn() ? null : intake.code(), channelDetails,
				report.reporter(), reportedBy, kind, minorCode, urgency, tier,
				areaClass, Fields.blankToNull(report.description()), address, attachments, selfHandled);
	}

	static String optional(String value, String field, int max, List<Violation> violations) {
		String text = Fields.blankToNull(value);
		if (text != null && text.length() > max) {
			violations.add(new Violation(field, "SIZE", field + " must be at most " + max + " characters"));
		}
		return text;
	}

	static List<String> attachments(List<String> files, String field, List<Violation> violations) {
		if (files == null) {
			return List.of();
		}
		if (files.size() > 20) {
			violations.add(new Violation(field, "SIZE", "at most 20 attachments"));
		}
		for (int i = 0; i < files.size(); i++) {
			if (files.get(i) == null || files.get(i).isBlank() || files.get(i).length() > 500) {
				violations.add(new Violation(field + "[" + i + "]", "SIZE",
						"an attachment reference has 1 to 500 characters"));
			}
		}
		return files.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** The channel the report names, if any: a known code, in any case. */
	private static IntakeChannel channel(String code, IntakeChannels channels, List<Violation> violations) {
		if (Fields.blankToNull(code) == null) {
			return null;
		}
		return channels.find(code).orElseGet(() -> {
			violations.add(new Violation("channel", "UNKNOWN", "there is no channel '" + code + "'; the channels are "
					+ channels.list().stream().map(IntakeChannel::code).toList()));
			return null;
		});
	}

	private static Map<String, String> details(Map<String, String> given, IntakeChannel channel,
			List<Violation> violations) {
		Map<String, String> details = new LinkedHashMap<>(given == null ? Map.of() : given);
		if (details.size() > 20) {
			violations.add(new Violation("channelDetails", "SIZE", "at most 20 channel details"));
		}
		details.forEach((key, value) -> {
			if (key.length() > 40 || value == null || value.length() > MAX_SHORT) {
				violations.add(new Violation("channelDetails." + key, "SIZE",
						"a channel detail has a key of at most 40 and a value of 1 to 200 characters"));
			}
		});
		for (String required : channel == null ? List.<String>of() : channel.requiredDetails()) {
			if (details.get(required) == null || details.get(required).isBlank()) {
				violations.add(new Violation("channelDetails." + required, "REQUIRED",
						"a " + channel.code() + " report carries its " + required));
			}
		}
		return details;
	}

	private static void reporter(NewCase.Reporter reporter, List<Violation> violations) {
		if (reporter == null) {
			return;
		}
		optional(reporter.name(), "reporter.name", 50, violations);
		if (reporter.phone() != null && !reporter.phone().matches("\\+?[0-9][0-9 -]{4,19}")) {
			violations.add(new Violation("reporter.phone", "PATTERN", "a phone number has 5 to 20 digits"));
		}
	}

	static void coordinate(Double value, String field, double max, List<Violation> violations) {
		if (value == null) {
			violations.add(new Violation(field, "REQUIRED", field + " is required"));
		}
		else if (!Double.isFinite(value) || Math.abs(value) > max) {
			violations.add(new Violation(field, "OUT_OF_RANGE", field + " must be between -" + max + " and " + max));
		}
	}

	private static <T> T orDefault(T value, T fallback) {
		return value == null ? fallback : value;
	}
}
