package org.iblagh.triage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The investigators' service: the automated assessment of every secured report, clusters
 * and campaigns, the prioritised queue, claims and decisions, the audit log and the
 * console.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TriageApplication {

	public static void main(String[] args) {
		SpringApplication.run(TriageApplication.class, args);
	}

}
