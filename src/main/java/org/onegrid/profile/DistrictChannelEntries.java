package org.onegrid.profile;

import java.util.List;
import java.util.Set;

import org.onegrid.api.Fields;
import org.onegrid.cases.DistrictChannels;
import org.onegrid.cases.IntakeChannels;
import org.springframework.stereotype.Component;

/**
 * A district's {@code channels} in {@code districts.yaml}: the channels it takes cases in on, by code
 * ({@code [HOTLINE_12345, PATROL]}), built in, defined in the bundle's {@code hotlines.yaml} or stored. A district
 * that names none takes cases on every channel.
 */
@Component
class DistrictChannelEntries {

	private final DistrictChannels channels;

	private final IntakeChannels stored;

	DistrictChannelEntries(DistrictChannels channels, IntakeChannels stored) {
		this.channels = channels;
		this.stored = stored;
	}

	/** Reports a district naming no channel, or one neither the bundle nor the store has. */
	void check(Item<DistrictsSection.Entry> item, Set<String> bundleChannels, Problems problems) {
		List<String> named = item.value().channels();
		if (named != null && named.isEmpty()) {
			problems.error(item.at(), "REQUIRED", item.key() + ": channels: name at least one channel, or leave "
					+ "channels out to take cases on every channel");
		}
		for (String code : named == null ? List.<String>of() : named) {
			if (!bundleChannels.contains(Fields.upper(code)) && stored.find(code).isEmpty()) {
				problems.error(item.at(), "UNKNOWN", item.key() + ": channels: there is no channel '" + code + "'");
			}
		}
	}

	/** Sets the district's channels to {@code wanted}, or back to every channel when it is {@code null}. */
	void write(String district, List<String> wanted, Item<?> item, Changes changes) {
		List<String> now = channels.of(district).orElse(null);
		List<String> sorted = wanted == null ? null : wanted.stream().map(Fields::upper).distinct().sorted().toList();
		if (now == null && sorted == null) {
			return;
		}
		changes.apply(item, "channels", now, () -> now.equals(sorted), () -> {
			if (sorted == null) {
				channels.clear(district);
			}
			else {
				channels.put(district, sorted);
			}
		});
	}

	/** The district's channels as the file writes them, or {@code null} when it takes every channel. */
	List<String> export(String district) {
		return channels.of(district).orElse(null);
	}
}
