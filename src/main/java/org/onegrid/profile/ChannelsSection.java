package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.onegrid.api.Fields;
import org.onegrid.cases.IntakeChannel;
import org.onegrid.cases.IntakeChannels;
import org.springframework.stereotype.Component;

/**
 * The {@code channels} of the profile's {@code hotlines.yaml}: the district's own intake channels (WeChat, the
 * provincial 平安 system, the digital city-management platform…), each with its names, the built-in channel whose
 * rules it follows and the details its reports carry. They are written before the hotlines, which may name them.
 */
@Component
class ChannelsSection {

	private final IntakeChannels channels;

	ChannelsSection(IntakeChannels channels) {
		this.channels = channels;
	}

	static List<Item<IntakeChannel.Definition>> read(YamlMap file, Problems problems) {
		List<Item<IntakeChannel.Definition>> read = new ArrayList<>();
		for (Value entry : file.list("channels", false)) {
			var channel = new YamlMap(entry, "a channel", problems, "code", "nameZh", "nameEn", "kind",
					"requiredDetails");
			read.add(new Item<>(entry, channel.text("code", true), new IntakeChannel.Definition(
					channel.text("nameZh", true), channel.text("nameEn", true), channel.text("kind", true),
					channel.has("requiredDetails") ? channel.texts("requiredDetails", false) : List.of())));
		}
		return read;
	}

	/** Reports every channel the cases module would refuse, and every code given twice. */
	void check(List<Item<IntakeChannel.Definition>> read, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (Item<IntakeChannel.Definition> item : read) {
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "channel '" + item.key() + "' is given twice");
			}
			channels.check(item.key(), item.value()).forEach(v -> problems.error(item.at(), v.code(),
					item.key() + ": " + v.field() + ": " + v.detail()));
		}
	}

	void write(List<Item<IntakeChannel.Definition>> read, Changes changes) {
		for (Item<IntakeChannel.Definition> item : read) {
			Optional<IntakeChannel> stored = channels.find(item.key());
			changes.apply(item, "channel", stored.orElse(null), () -> same(stored.get(), item.value()),
					() -> channels.put(item.key(), item.value()));
		}
	}

	/** The channels the profile names, as stored now. */
	List<Object> export(List<Item<IntakeChannel.Definition>> read) {
		List<Object> out = new ArrayList<>();
		for (Item<IntakeChannel.Definition> item : read) {
			channels.find(item.key()).ifPresent(channel -> out.add(new Entries().put("code", channel.code())
				.put("nameZh", channel.nameZh()).put("nameEn", channel.nameEn()).put("kind", channel.kind().name())
				.put("requiredDetails", channel.requiredDetails()).map()));
		}
		return out;
	}

	private static boolean same(IntakeChannel stored, IntakeChannel.Definition wanted) {
		return stored.nameZh().equals(wanted.nameZh().strip()) && stored.nameEn().equals(wanted.nameEn().strip())
				&& stored.kind().name().equals(Fields.upper(wanted.kind()))
				&& stored.requiredDetails().equals(Objects.requireNonNullElse(wanted.requiredDetails(), List.of()));
	}
}
