package org.iblagh.evidence.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Object storage ({@code iblagh.s3.*}): MinIO in production, the embedded S3 server
 * locally.
 */
@ConfigurationProperties("iblagh.s3")
public record S3Properties(String endpoint, String accessKey, String secretKey, String evidenceBucket,
		String derivedBucket) {

	public S3Properties {
		evidenceBucket = (evidenceBucket != null) ? evidenceBucket : "evidence";
		derivedBucket = (derivedBucket != null) ? derivedBucket : "evidence-derived";
	}

}
