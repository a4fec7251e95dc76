package org.onegrid.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.onegrid.catalogue.Stage;

/**
 * The running time limit of a case's current stage. Its instants are kept to the microsecond, as the case store
 * keeps them, so that a light turned at {@code warnAt} or {@code deadline} shows in the timeline at exactly the
 * instant the clock names, whatever precision the times it was counted from came with.
 *
 * @param limit the limit as text, such as {@code 5 working days} or {@code 4 working hours}
 * @param warnAt when the light turns yellow: the moment the warning share of the stage's working time is used
 * @param pausedRemainingSeconds working time left when the case was suspended, or {@code null} while running
 */
public record StageClock(Stage stage, String limit, Instant startedAt, Instant deadline, Instant warnAt, Light light,
		Long pausedRemainingSeconds) {

	public StageClock {
		startedAt = micros(startedAt);
		deadline = micros(deadline);
		warnAt = micros(warnAt);
	}

	private static Instant micros(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
	}

	/** When the sweep must next look at this clock, or {@code null} when it never needs to. */
	public Instant nextLightAt() {
		if (pausedRemainingSeconds != null) {
			return null;
		}
		return switch (light) {
			case GREEN -> warnAt;
			case YELLOW -> deadline;
			case RED -> null;
		};
	}

	/** The light that {@code now} deserves. */
	Light lightAt(Instant now) {
		if (!now.isBefore(deadline)) {
			return Light.RED;
		}
		return now.isBefore(warnAt) ? Light.GREEN : Light.YELLOW;
	}

	StageClock withLight(Light next) {
		return new StageClock(stage, limit, startedAt, deadline, warnAt, next, pausedRemainingSeconds);
	}
}
