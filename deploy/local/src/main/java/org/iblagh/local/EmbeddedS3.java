package org.iblagh.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 API server (S3Proxy) over a filesystem folder, with the three buckets of the
 * architecture.
 */
public final class EmbeddedS3 implements AutoCloseable {

	/** Local development credentials only; production takes them from the environment. */
	public static final String LOCAL_ACCESS_KEY = "iblagh-local";

	public static final String LOCAL_SECRET_KEY = "iblagh-local-secret-not-for-production";

	public static final List<String> BUCKETS = List.of("evidence-incoming", "evidence", "evidence-derived");

	private static final Logger log = LoggerFactory.getLogger(EmbeddedS3.class);

	private final Path baseDir;

	private final int port;

	private BlobStoreContext context;

	private S3Proxy proxy;

	public EmbeddedS3(Path baseDir, int port) {
		this.baseDir = baseDir;
		this.port = port;
	}

	public void start() throws Exception {
		Files.createDirectories(this.baseDir);
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", this.baseDir.toString());
		this.context = ContextBuilder.newBuilder("filesystem")
			.credentials("identity", "credential")
			.overrides(properties)
			.build(BlobStoreContext.class);
		BlobStore blobStore = this.context.getBlobStore();
		for (String bucket : BUCKETS) {
			if (!blobStore.containerExists(bucket)) {
				blobStore.createContainerInLocation(null, bucket);
			}
		}
		this.proxy = S3Proxy.builder()
			.blobStore(blobStore)
			.endpoint(URI.create("http://127.0.0.1:" + this.port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LOCAL_ACCESS_KEY, LOCAL_SECRET_KEY)
			.build();
		this.proxy.start();
		while (!"STARTED".equals(this.proxy.getState())) {
			Thread.sleep(20);
		}
		log.info("S3 server listening on 127.0.0.1:{}, objects in {}", this.port, this.baseDir);
	}

	@Override
	public void close() throws Exception {
		if (this.proxy != null) {
			this.proxy.stop();
			this.proxy = null;
		}
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

}
