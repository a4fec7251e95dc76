package org.onegrid.cases;

import java.util.List;
import java.util.Map;

import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Urgency;

/**
 * A report as intake accepted it, every field checked ({@link ReportCheck}) and defaults applied: what
 * {@link Case#report} makes a case of. It is not yet placed on the map; {@link Place} says where it is.
 *
 * @param areaClass the class the reporter gave the place, or {@code null} to take the class of its grids
 * @param source the district's own channel the report came in on, or {@code null} for a built-in channel
 */
record Report(Channel channel, String source, Map<String, String> channelDetails, NewCase.Reporter reporter,
		String reportedBy, Kind kind, String minorCode, Urgency urgency, Tier tier, AreaClass areaClass, String description,
		String address, List<String> attachments, boolean selfHandled) {

	/** The same report, recorded as made by {@code who}. */
	Report by(String who) {
		return new Report(channel, source, channelDetails, reporter, who, kind, minorCode, urgency, tier, areaClass,
				description, address, attachments, selfHandled);
	}

	/** The same report, from the built-in channel {@code from}. */
	Report on(Channel from) {
		return new Report(from, null, channelDetails, reporter, reportedBy, kind, minorCode, urgency, tier, areaClass,
				description, address, attachments, selfHandled);
	}
}
