package org.onegrid.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingDuration;
import org.onegrid.cases.IntakeChannels;
import org.onegrid.webhook.EventType;
import org.onegrid.webhook.Subscribers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The hotlines and platforms OneGrid takes tickets from, kept as data: a district adds a source, or changes its
 * channel, reply limit or push-back target, without a release. A push-back target must be a webhook subscriber
 * that asked for {@code hotline.push-back}, so that results travel signed and retried like every webhook.
 */
@Service
public class HotlineSources {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final JdbcClient jdbc;

	private final Subscribers subscribers;

	private final Clock clock;

	private final IntakeChannels channels;

	HotlineSources(JdbcClient jdbc, Subscribers subscribers, Clock clock, IntakeChannels channels) {
		this.channels = channels;
		this.jdbc = jdbc;
		this.subscribers = subscribers;
		this.clock = clock;
	}

	/** Every source, by code. */
	public List<HotlineSource> list() {
		return jdbc.sql("SELECT * FROM hotline_source ORDER BY code").query(HotlineSources::read).list();
	}

	/** The source, if there is one. */
	public Optional<HotlineSource> find(String code) {
		return jdbc.sql("SELECT * FROM hotline_source WHERE code = ?").param(code).query(HotlineSources::read)
			.optional();
	}

	/** The source; 404 when there is none. */
	public HotlineSource get(String code) {
		return jdbc.sql("SELECT * FROM hotline_source WHERE code = ?").param(code).query(HotlineSources::read)
			.optional()
			.orElseThrow(() -> ApiProblem.notFound("Hotline source", code));
	}

	/** What is wrong with the source, field by field; nothing when it may be stored as it is. */
	public List<Violation> check(String code, SourceRequest request) {
		List<Violation> violations = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "PATTERN", "a source code has 1 to 40 lower-case letters, digits "
					+ "and hyphens"));
		}
		Fields.text(request.name(), "name", Fields.MAX_NAME, violations);
		if (Fields.blankToNull(request.channel()) == null) {
			violations.add(new Violation("channel", "REQUIRED", "channel is required"));
		}
		else if (request.channel().length() > 40 || channels.find(request.channel()).isEmpty()) {
			violations.add(new Violation("channel", "UNKNOWN", "there is no channel '" + request.channel() + "'"));
		}
		HotlineSource.TimeLimit limit = request.timeLimit();
		WorkingDuration.Unit unit = limit == null ? null
				: Fields.oneOf(WorkingDuration.Unit.class, limit.unit(), "timeLimit.unit", true, violations);
		int max = unit == WorkingDuration.Unit.HOURS ? 720 : 90;
		if (limit == null || limit.amount() == null || limit.amount() < 1 || limit.amount() > max) {
			violations.add(new Violation("timeLimit.amount", "RANGE", "timeLimit.amount is 1 to " + max));
		}
		if (request.pushBackSubscriberId() != null && !wantsPushBack(request.pushBackSubscriberId())) {
			violations.add(new Violation("pushBackSubscriberId", "UNKNOWN", "no webhook subscriber "
					+ request.pushBackSubscriberId() + " that asked for " + EventType.HOTLINE_PUSH_BACK.publicName()));
		}
		return violations;
	}

	/**
	 * Adds the source or replaces its name, channel, time limit and push-back target, and withdraws it or lets it take
	 * tickets again; a source withdrawn already keeps the time it was first withdrawn.
	 */
	public HotlineSource put(String code, SourceRequest request) {
		Fields.failIfAny(check(code, request));
		String channel = channels.get(request.channel()).code();
		HotlineSource.TimeLimit limit = request.timeLimit();
		WorkingDuration.Unit unit = WorkingDuration.Unit.valueOf(Fields.upper(limit.unit()));
		jdbc.sql("""
				INSERT INTO hotline_source (code, name, channel, limit_amount, limit_unit, push_subscriber_id,
				  withdrawn_at, updated_at)
				VALUES (:code, :name, :channel, :amount, :unit, :subscriber, CASE WHEN :accepting THEN NULL ELSE :now END,
				  :now)
				ON CONFLICT (code) DO UPDATE SET name = excluded.name, channel = excluded.channel,
				  limit_amount = excluded.limit_amount, limit_unit = excluded.limit_unit,
				  push_subscriber_id = excluded.push_subscriber_id, updated_at = excluded.updated_at,
				  withdrawn_at = CASE WHEN :accepting THEN NULL
				    ELSE coalesce(hotline_source.withdrawn_at, excluded.withdrawn_at) END
				""")
			.param("code", code)
			.param("name", request.name().strip())
			.param("channel", channel)
			.param("amount", limit.amount())
			.param("unit", unit.name())
			.param("subscriber", request.pushBackSubscriberId())
			.param("accepting", !Boolean.FALSE.equals(request.accepting()))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return get(code);
	}

	/**
	 * Withdraws the source: it takes no new tickets, while its past tickets keep their cases and push-back. A source
	 * withdrawn already keeps the time it was first withdrawn; 404 when there is no such source.
	 */
	public HotlineSource withdraw(String code) {
		int updated = jdbc.sql("""
				UPDATE hotline_source SET withdrawn_at = coalesce(withdrawn_at, :now),
				  updated_at = CASE WHEN withdrawn_at IS NULL THEN :now ELSE updated_at END
				WHERE code = :code""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("code", code)
			.update();
		if (updated == 0) {
			throw ApiProblem.notFound("Hotline source", code);
		}
		return get(code);
	}

	/** Whether the webhook subscriber exists and asked for push-back messages. */
	boolean wantsPushBack(long subscriberId) {
		return subscribers.list().stream()
			.anyMatch(s -> s.id() == subscriberId
					&& s.eventTypes().contains(EventType.HOTLINE_PUSH_BACK.publicName()));
	}

	/** The source's reply limit as the working calendar counts it. */
	static WorkingDuration limit(HotlineSource source) {
		return new WorkingDuration(source.timeLimit().amount(),
				WorkingDuration.Unit.valueOf(source.timeLimit().unit()));
	}

	private static HotlineSource read(ResultSet rs, int row) throws SQLException {
		long subscriber = rs.getLong("push_subscriber_id");
		Long pushBack = rs.wasNull() ? null : subscriber;
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new HotlineSource(rs.getString("code"), rs.getString("name"), rs.getString("channel"),
				new HotlineSource.TimeLimit(rs.getInt("limit_amount"), rs.getString("limit_unit")), pushBack,
				withdrawn == null ? null : withdrawn.toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
