package org.iblagh.system;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.iblagh.local.ClassDataArchives;
import org.iblagh.local.Platform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class-data training run that {@code ./iblagh build} makes, on one service (a copy
 * of routing's jar, so the build's own archives stay as they are): the service's context
 * is made without any infrastructure, the archive is written, and a JVM started with it
 * loads the service's own classes from it.
 */
class ClassDataTrainingIT {

	@Test
	void aTrainedArchiveServesTheServiceClasses() throws Exception {
		Path root = Files.createTempDirectory(Path.of("target"), "cds-root").toAbsolutePath();
		Path target = Files.createDirectories(root.resolve("routing-service").resolve("target"));
		Path jar = Platform.executableJar(Path.of("..").toAbsolutePath().normalize(), "routing-service");
		Files.copy(jar, target.resolve(jar.getFileName()));
		ByteArrayOutputStream console = new ByteArrayOutputStream();

		List<String> trained = ClassDataArchives.trainMissing(root, List.of("routing-service"),
				new PrintStream(console, true, StandardCharsets.UTF_8));

		Path archive = ClassDataArchives.archiveOf(root, "routing-service");
		assertThat(trained).containsExactly("routing-service");
		assertThat(archive).exists();
		assertThat(ClassDataArchives.trainMissing(root, List.of("routing-service"), System.out))
			.as("an archive present is not trained again")
			.isEmpty();

		Path extractedJar = archive.resolveSibling(jar.getFileName());
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
						"-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info", "-XX:TieredStopAtLevel=1",
						"-Dspring.context.exit=onRefresh", "-jar", extractedJar.toString(), "--server.port=0",
						"--iblagh.kafka.brokers=127.0.0.1:1", "--spring.mongodb.uri=mongodb://127.0.0.1:1/x",
						"--iblagh.data-dir=" + root));
		Path log = root.resolve("with-archive.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		long fromArchive;
		try (Stream<String> lines = Files.lines(log)) {
			fromArchive = lines
				.filter((line) -> line.contains("org.iblagh.routing.") && line.contains("shared objects file (top)"))
				.count();
		}
		assertThat(fromArchive).as("routing's own classes loaded from the dynamic archive; see " + log)
			.isGreaterThan(10);
	}

}
