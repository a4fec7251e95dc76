package org.onegrid.cases;

import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;

/**
 * Who may report from which channel, so that nobody skips the loop by naming a channel that is not theirs.
 * <p>
 * Anyone who may report may use the citizen channel. Reporting from patrol needs {@code case:patrol} (grid staff);
 * another system's channel (12345, 110, video, a leader's instruction) needs {@code case:declare-channel} (intake
 * operators). Closing a report at once as self-handled (自处理) needs {@code case:patrol}. A report that breaks these
 * rules is refused with 403 naming the field, never quietly moved to another channel: the caller learns what they
 * may not do, and nothing is stored. A report that names no channel comes from the caller's own: patrol for grid
 * staff, the citizen channel for everyone else.
 */
final class ChannelCheck {

	static final String PATROL = "case:patrol";

	static final String DECLARE_CHANNEL = "case:declare-channel";

	private ChannelCheck() {
	}

	/** The report, on the caller's own channel when it names none. */
	static Report ownChannel(Report report, Grant grant) {
		if (report.channel() != null) {
			return report;
		}
		return report.on(grant.permits(PATROL) ? Channel.PATROL : Channel.CITIZEN);
	}

	static void check(Report report, Grant grant) {
		if (report.selfHandled() && !grant.permits(PATROL)) {
			throw refused("selfHandled", PATROL, "只有巡查中的网格员可以自处理结案 / Only grid staff on patrol may close a "
					+ "report at once as self-handled; send it without selfHandled so that it goes through the loop");
		}
		if (report.channel() == Channel.PATROL && !grant.permits(PATROL)) {
			throw refused("channel", PATROL, "只有网格员可以从巡查渠道上报 / Only grid staff may report from patrol; "
					+ "report on the CITIZEN channel");
		}
		Channel channel = report.channel();
		if (channel != Channel.PATROL && channel != Channel.CITIZEN && !grant.permits(DECLARE_CHANNEL)) {
			throw refused("channel", DECLARE_CHANNEL, "只有受理员可以录入" + channel + "渠道的上报 / Only intake "
					+ "operators may enter reports from the " + channel + " channel; report on the CITIZEN channel");
		}
	}

	private static ApiProblem refused(String field, String permission, String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", detail,
				List.of(new Violation(field, "NOT_PERMITTED", "needs permission '" + permission + "'")));
	}
}
