package org.onegrid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OneGrid: one place where a district keeps its grids, takes in every case and follows it to the end.
 */
@SpringBootApplication
@EnableScheduling
public class OneGridApplication {

	public static void main(String[] args) {
		SpringApplication.run(OneGridApplication.class, args);
	}
}
