package org.iblagh.evidence.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code iblagh.evidence.*}.
 *
 * @param hashLists folder of {@code *.sha256}, {@code *.md5}, {@code *.pdq} lists
 * @param pdqThreshold Hamming distance for a hash-list or duplicate PDQ match
 * @param initialRetention object-lock retention set when an object is stored (MinIO);
 * deletion is decided by the retention policy, never before this
 * @param retentionAfterDismissal how long a dismissed report's evidence is kept
 * @param retentionAfterClosure how long a closed case's evidence is kept
 */
@ConfigurationProperties("iblagh.evidence")
public record EvidenceProperties(Path hashLists, Integer pdqThreshold, Duration initialRetention,
		Duration retentionAfterDismissal, Duration retentionAfterClosure) {

	public EvidenceProperties {
		pdqThreshold = (pdqThreshold != null) ? pdqThreshold : 31;
		initialRetention = (initialRetention != null) ? initialRetention : Duration.ofDays(30);
		retentionAfterDismissal = (retentionAfterDismissal != null) ? retentionAfterDismissal : Duration.ofDays(90);
		retentionAfterClosure = (retentionAfterClosure != null) ? retentionAfterClosure : Duration.ofDays(3650);
	}

}
