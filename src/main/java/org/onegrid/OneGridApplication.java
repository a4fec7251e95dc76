package org.onegrid;

import java.time.Clock;

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

	/** The one source of "now": tests replace it to move time instead of sleeping. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		SpringApplication.run(OneGridApplication.class, args);
	}
}
