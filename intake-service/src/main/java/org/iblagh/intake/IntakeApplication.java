package org.iblagh.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The citizen-facing service: the public portal and API, reports as submitted, reporter
 * identities, receipts and the anonymous conversation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntakeApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntakeApplication.class, args);
	}

}
