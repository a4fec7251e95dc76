package org.onegrid.hotline;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.cases.IntakeChannels;
import org.onegrid.webhook.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where the results of cases that came in on a channel, rather than as a hotline ticket, are pushed back: a
 * district's own platform or app that reports its cases through the API (its WeChat account, its digital
 * city-management system) hears what became of each, as a hotline source's system does. The target is a webhook
 * subscriber that asked for {@code hotline.push-back}; a case that came in as a ticket is told through its source
 * only, never twice.
 */
@Service
public class ChannelPushBacks {

	/** A channel and the webhook subscriber its cases' results go to. */
	public record Target(String channel, long subscriberId) {
	}

	/** What an administrator sends to name a channel's push-back target. */
	public record TargetRequest(Long subscriberId) {
	}

	private final JdbcClient jdbc;

	private final IntakeChannels channels;

	private final HotlineSources sources;

	private final Clock clock;

	ChannelPushBacks(JdbcClient jdbc, IntakeChannels channels, HotlineSources sources, Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.sources = sources;
		this.clock = clock;
	}

	/** Every channel with a push-back target, by channel. */
	public List<Target> list() {
		return jdbc.sql("SELECT channel, subscriber_id FROM channel_push_back ORDER BY channel")
			.query((rs, row) -> new Target(rs.getString("channel"), rs.getLong("subscriber_id")))
			.list();
	}

	/** The channel's target, if it has one. */
	public Optional<Long> of(String channel) {
		return jdbc.sql("SELECT subscriber_id FROM channel_push_back WHERE channel = ?").param(channel)
			.query(Long.class).optional();
	}

	/** Names the channel's target, replacing any before; 404 for an unknown channel, 400 for a bad subscriber. */
	public Target put(String channel, TargetRequest request) {
		String code = channels.get(channel).code();
		Long subscriber = request == null ? null : request.subscriberId();
		if (subscriber == null) {
			Fields.failIfAny(List.of(new Violation("subscriberId", "REQUIRED", "subscriberId is required")));
		}
		if (!sources.wantsPushBack(subscriber)) {
			Fields.failIfAny(List.of(new Violation("subscriberId", "UNKNOWN", "no webhook subscriber " + subscriber
					+ " that asked for " + EventType.HOTLINE_PUSH_BACK.publicName())));
		}
		jdbc.sql("""
				INSERT INTO channel_push_back (channel, subscriber_id, updated_at) VALUES (:channel, :subscriber, :now)
				ON CONFLICT (channel) DO UPDATE SET subscriber_id = excluded.subscriber_id, updated_at = excluded.updated_at
				""")
			.param("channel", code)
			.param("subscriber", subscriber)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return new Target(code, subscriber);
	}

	/** Stops pushing the channel's results back; 404 when it had no target. */
	public void remove(String channel) {
		String code = channels.get(channel).code();
		if (jdbc.sql("DELETE FROM channel_push_back WHERE channel = ?").param(code).update() == 0) {
			throw ApiProblem.notFound("Channel push-back target", code);
		}
	}
}
