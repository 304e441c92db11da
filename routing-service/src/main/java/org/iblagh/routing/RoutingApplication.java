package org.iblagh.routing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Routing: Morocco's territorial and legal map, applied with reasons. Decides which
 * police unit and which prosecutor's office receive a referred report.
 */
@SpringBootApplication
public class RoutingApplication {

	public static void main(String[] args) {
		SpringApplication.run(RoutingApplication.class, args);
	}

}
