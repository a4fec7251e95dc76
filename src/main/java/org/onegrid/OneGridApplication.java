package org.onegrid;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OneGrid: one place where a district keeps its grids, takes in every case and follows it to the end.
 */
@SpringBootApplication
@EnableScheduling
public class OneGridApplication {

	/**
	 * The one source of "now": tests replace it to move time instead of sleeping. It ticks in microseconds, the
	 * finest instant the store keeps, so a time read back equals the time written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

	public static void main(String[] args) {
		SpringApplication.run(OneGridApplication.class, args);
	}
}
