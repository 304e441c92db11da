package org.iblagh.k8s;

import java.nio.file.Path;

/**
 * Where the build keeps what the tests read (set by surefire; the defaults work from the
 * module folder).
 */
final class Paths {

	static final Path MODULE = Path.of(System.getProperty("manifests.dir", ".")).toAbsolutePath().normalize();

	static final Path BASE = MODULE.resolve("base");

	static final Path PROD = MODULE.resolve("overlays/prod");

	static final Path EXTERNAL_SECRETS = MODULE.resolve("external-secrets.properties");

	static final Path COMPOSE = Path.of(System.getProperty("compose.dir", "../compose")).toAbsolutePath().normalize();

	private Paths() {
	}

}
