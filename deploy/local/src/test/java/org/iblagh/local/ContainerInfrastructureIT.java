package org.iblagh.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The part of the containers' set-up that needs no Docker: the buckets are created
 * through the S3 API, here against the embedded S3 server, which speaks the same
 * protocol.
 */
class ContainerInfrastructureIT {

	private static final StackPorts PORTS = StackPorts.defaults().shiftedBy(60);

	@Test
	void missingBucketsAreCreatedThroughTheS3ApiAndExistingOnesKept() throws Exception {
		Path data = Files.createDirectories(Path.of("target", "it-data", UUID.randomUUID().toString()));
		try (EmbeddedS3 s3 = new EmbeddedS3(data, PORTS.s3())) {
			s3.start();
			MinioClient client = MinioClient.builder()
				.endpoint(PORTS.s3Endpoint())
				.credentials(EmbeddedS3.LOCAL_ACCESS_KEY, EmbeddedS3.LOCAL_SECRET_KEY)
				.region("us-east-1")
				.build();
			client.removeBucket(RemoveBucketArgs.builder().bucket("evidence-derived").build());
			assertThat(client.bucketExists(BucketExistsArgs.builder().bucket("evidence-derived").build())).isFalse();

			ContainerInfrastructure.createBuckets(PORTS.s3Endpoint(), EmbeddedS3.LOCAL_ACCESS_KEY,
					EmbeddedS3.LOCAL_SECRET_KEY);

			for (String bucket : EmbeddedS3.BUCKETS) {
				assertThat(client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())).as(bucket).isTrue();
			}
		}
	}

}
