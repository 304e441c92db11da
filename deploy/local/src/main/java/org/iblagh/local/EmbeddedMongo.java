package org.iblagh.local;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.iblagh.local.mongo.BsonH2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose data lives in an H2 MVStore
 * file on disk.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	/**
	 * The page cache. H2's default (16 MB) held a few thousand reports: beyond that every
	 * read went back to the file.
	 */
	private static final int CACHE_MEGABYTES = 96;

	private final Path dataFile;

	private final int port;

	private H2Backend backend;

	private MongoServer server;

	public EmbeddedMongo(Path dataFile, int port) {
		this.dataFile = dataFile;
		this.port = port;
	}

	/**
	 * A started server on a free loopback port with its data in a new folder under
	 * {@code parent}: for tests of one store against a real wire server.
	 */
	public static EmbeddedMongo startedOnFreePort(Path parent, String name) throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path dir = Files.createTempDirectory(Files.createDirectories(parent), name);
		EmbeddedMongo mongo = new EmbeddedMongo(dir.resolve("mongo.mv.db"), port);
		mongo.start();
		return mongo;
	}

	/** The connection string, without a database name. */
	public String uri() {
		return "mongodb://127.0.0.1:" + this.port;
	}

	public void start() throws Exception {
		Files.createDirectories(this.dataFile.getParent());
		this.backend = new BsonH2Backend(this.dataFile.toString(), CACHE_MEGABYTES);
		this.server = new MongoServer(this.backend);
		this.server.bind("127.0.0.1", this.port);
		log.info("MongoDB wire server listening on 127.0.0.1:{}, data in {}", this.port, this.dataFile);
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.shutdownNow();
			this.server = null;
		}
		if (this.backend != null) {
			this.backend.close();
			this.backend = null;
		}
	}

}
