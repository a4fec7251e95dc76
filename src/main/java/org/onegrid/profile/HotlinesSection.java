package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onegrid.api.Fields;
import org.onegrid.cases.IntakeChannel;
import org.onegrid.hotline.CategoryMapping;
import org.onegrid.hotline.CategoryMappings;
import org.onegrid.hotline.HotlineSource;
import org.onegrid.hotline.HotlineSources;
import org.onegrid.hotline.MappingsRequest;
import org.onegrid.hotline.SourceRequest;
import org.springframework.stereotype.Component;

/**
 * The profile's {@code hotlines.yaml}: the district's own intake channels (see {@link ChannelsSection}) and the
 * hotlines and platforms that hand the district their tickets (12345, 12319, 110's diversion desk, the provincial
 * platform), each with its channel, its own reply limit and, when given, the
 * table that maps its category words to the district's classes. Where results are pushed back is the installation's
 * own webhook subscriber, so loading keeps whatever push-back target a source already has. A source the district
 * takes no tickets from (one it keeps out of its merge, such as 110) is named under {@code withdrawn}: it stays, with
 * its past tickets and their push-back, but refuses new tickets; naming it under {@code hotlines} again reopens it.
 */
@Component
class HotlinesSection {

	static final String FILE = "hotlines.yaml";

	private final HotlineSources sources;

	private final CategoryMappings mappings;

	private final ChannelsSection channels;

	HotlinesSection(HotlineSources sources, CategoryMappings mappings, ChannelsSection channels) {
		this.sources = sources;
		this.mappings = mappings;
		this.channels = channels;
	}

	/** One source as the bundle states it; {@code mappings} is {@code null} when the bundle leaves the table alone. */
	record Hotline(SourceRequest source, List<Item<CategoryMapping>> mappings) {
	}

	/** The file's district channels, its hotlines and the sources it withdraws. */
	record Intake(List<Item<IntakeChannel.Definition>> channels, List<Item<Hotline>> hotlines,
			List<Item<String>> withdrawn) {
	}

	static Intake read(Map<String, String> files, Problems problems) {
		String text = files.get(FILE);
		Value doc = text == null ? new Value(FILE, 0, null) : Value.parse(FILE, text, problems);
		var file = new YamlMap(doc, FILE, problems, "channels", "hotlines", "withdrawn");
		List<Item<String>> withdrawn = new ArrayList<>();
		for (Value code : file.list("withdrawn", false)) {
			if (code.text() == null) {
				problems.error(code, "TYPE", "a withdrawn source is given by its code");
			}
			else {
				withdrawn.add(new Item<>(code, code.text(), code.text()));
			}
		}
		return new Intake(ChannelsSection.read(file, problems), hotlines(file, problems), withdrawn);
	}

	private static List<Item<Hotline>> hotlines(YamlMap file, Problems problems) {
		List<Item<Hotline>> hotlines = new ArrayList<>();
		for (Value entry : file.list("hotlines", false)) {
			var source = new YamlMap(entry, "a hotline", problems, "code", "name", "channel", "timeLimit", "mappings");
			var limit = new YamlMap(source.value("timeLimit"), "a time limit", problems, "amount", "unit");
			List<Item<CategoryMapping>> lines = null;
			if (source.has("mappings")) {
				lines = new ArrayList<>();
				for (Value line : source.list("mappings", false)) {
					var mapping = new YamlMap(line, "a mapping", problems, "words", "kind", "minorCode");
					lines.add(new Item<>(line, mapping.text("words", true), new CategoryMapping(
							mapping.text("words", true), mapping.text("kind", true), mapping.text("minorCode", true))));
				}
			}
			hotlines.add(new Item<>(entry, source.text("code", true), new Hotline(new SourceRequest(
					source.text("name", true), source.text("channel", true), new HotlineSource.TimeLimit(
							limit.integer("amount", true), limit.text("unit", true)), null, true), lines)));
		}
		return hotlines;
	}

	/**
	 * Reports every channel the cases module and every source the hotline module would refuse, and every mapping to
	 * a class nobody defines.
	 */
	void check(Intake intake, Known known, Problems problems) {
		channels.check(intake.channels(), problems);
		Set<String> defined = new HashSet<>();
		intake.channels().forEach(channel -> defined.add(Fields.upper(channel.key())));
		List<Item<Hotline>> hotlines = intake.hotlines();
		Set<String> codes = new HashSet<>();
		for (Item<Hotline> item : hotlines) {
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "hotline '" + item.key() + "' is given twice");
			}
			String channel = Fields.upper(item.value().source().channel());
			sources.check(item.key(), item.value().source()).stream()
				.filter(v -> !(v.field().equals("channel") && defined.contains(channel)))
				.forEach(v -> problems.error(item.at(), v.code(), item.key() + ": " + v.field() + ": " + v.detail()));
			Set<String> words = new HashSet<>();
			for (Item<CategoryMapping> line : item.value().mappings() == null ? List.<Item<CategoryMapping>>of()
					: item.value().mappings()) {
				CategoryMapping mapping = line.value();
				if (line.key() != null && !words.add(line.key())) {
					problems.error(line.at(), "DUPLICATE", "'" + line.key() + "' is mapped twice");
				}
				String minor = Fields.upper(mapping.kind()) + " " + mapping.minorCode();
				if (mapping.kind() != null && mapping.minorCode() != null && !known.minorClasses.contains(minor)) {
					problems.error(line.at(), "UNKNOWN", "the catalogue has no " + minor + " minor class");
				}
			}
		}
		Set<String> withdrawn = new HashSet<>();
		for (Item<String> item : intake.withdrawn()) {
			if (!withdrawn.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "source '" + item.key() + "' is withdrawn twice");
			}
			else if (codes.contains(item.key())) {
				problems.error(item.at(), "CONFLICT", "source '" + item.key() + "' is both a hotline and withdrawn");
			}
			else if (sources.find(item.key()).isEmpty()) {
				problems.error(item.at(), "UNKNOWN", "there is no hotline source '" + item.key() + "' to withdraw");
			}
		}
	}

	void write(Intake intake, Changes changes) {
		channels.write(intake.channels(), changes);
		for (Item<Hotline> item : intake.hotlines()) {
			Optional<HotlineSource> stored = sources.find(item.key());
			SourceRequest wanted = item.value().source();
			SourceRequest kept = new SourceRequest(wanted.name(), wanted.channel(), wanted.timeLimit(),
					stored.map(HotlineSource::pushBackSubscriberId).orElse(null), true);
			changes.apply(item, "hotline", stored.orElse(null), () -> same(stored.get(), wanted),
					() -> sources.put(item.key(), kept));
			if (item.value().mappings() != null) {
				List<CategoryMapping> lines = item.value().mappings().stream().map(Item::value).toList();
				List<CategoryMapping> current = stored.isPresent() ? mappings.list(item.key()) : null;
				changes.apply(item, "hotline-mappings", current, () -> sameLines(current, lines),
						() -> mappings.replace(item.key(), new MappingsRequest(lines)));
			}
		}
		for (Item<String> item : intake.withdrawn()) {
			Optional<HotlineSource> stored = sources.find(item.key());
			changes.apply(item, "hotline", stored.orElse(null), () -> !stored.get().accepting(),
					() -> sources.withdraw(item.key()));
		}
	}

	/** The section as stored now, for the sources the profile names. */
	Map<String, Object> export(Intake intake) {
		List<Object> out = new ArrayList<>();
		for (Item<Hotline> item : intake.hotlines()) {
			sources.find(item.key()).ifPresent(source -> out.add(new Entries().put("code", source.code())
				.put("name", source.name()).put("channel", source.channel())
				.put("timeLimit", new Entries().put("amount", source.timeLimit().amount())
					.put("unit", source.timeLimit().unit()).map())
				.put("mappings", item.value().mappings() == null ? null : mappings.list(source.code()).stream()
					.map(m -> new Entries().put("words", m.categoryText()).put("kind", m.kind())
						.put("minorCode", m.minorCode()).map())
					.toList())
				.map()));
		}
		Entries file = new Entries();
		if (!intake.channels().isEmpty()) {
			file.put("channels", channels.export(intake.channels()));
		}
		file.put("hotlines", out);
		if (!intake.withdrawn().isEmpty()) {
			file.put("withdrawn", intake.withdrawn().stream().map(Item::key)
				.filter(code -> sources.find(code).filter(source -> !source.accepting()).isPresent())
				.toList());
		}
		return file.map();
	}

	private static boolean same(HotlineSource stored, SourceRequest wanted) {
		return stored.accepting() && stored.name().equals(wanted.name().strip())
				&& stored.channel().equalsIgnoreCase(wanted.channel().strip())
				&& stored.timeLimit().amount().equals(wanted.timeLimit().amount())
				&& stored.timeLimit().unit().equalsIgnoreCase(wanted.timeLimit().unit().strip());
	}

	private static boolean sameLines(List<CategoryMapping> stored, List<CategoryMapping> wanted) {
		Set<String> a = new HashSet<>();
		stored.forEach(m -> a.add(m.categoryText() + "|" + m.kind() + "|" + m.minorCode()));
		Set<String> b = new HashSet<>();
		wanted.forEach(m -> b.add(m.categoryText().strip() + "|" + Fields.upper(m.kind()) + "|" + m.minorCode()));
		return a.equals(b);
	}
}
