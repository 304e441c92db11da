package org.iblagh.intake.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Object storage ({@code iblagh.s3.*}): MinIO in production, the embedded S3 server
 * locally.
 */
@ConfigurationProperties("iblagh.s3")
public record S3Properties(String endpoint, String accessKey, String secretKey, String quarantineBucket) {

	public S3Properties {
		quarantineBucket = (quarantineBucket != null) ? quarantineBucket : "evidence-incoming";
	}

}
