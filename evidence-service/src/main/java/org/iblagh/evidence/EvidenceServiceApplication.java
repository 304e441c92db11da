package org.iblagh.evidence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Secures evidence files write-once, keeps their chain of custody and serves them safely.
 */
@SpringBootApplication
public class EvidenceServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(EvidenceServiceApplication.class, args);
	}

}
