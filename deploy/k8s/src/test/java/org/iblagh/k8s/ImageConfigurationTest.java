package org.iblagh.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be tested of the images without building them (Jib needs its base image from a
 * registry these machines cannot reach): the Boot jar each one is made from is layered,
 * the Jib configuration in the POMs runs a numeric non-root user with the flags and
 * environment the deployments expect, and the Kubernetes manifests and the Compose file
 * start the image as it is configured: same image name, port, probe paths, user, no
 * command of their own.
 */
@SuppressWarnings("unchecked")
class ImageConfigurationTest {

	static final Path ROOT = Paths.MODULE.getParent().getParent();

	static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
			"application");

	static final Pattern HEALTHCHECK_PORT = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+)");

	static List<Manifest> manifests;

	static Map<String, Map<String, Object>> compose;

	@BeforeAll
	static void load() throws IOException {
		manifests = ManifestLoader.load(Paths.BASE);
		Map<String, Object> file = new Yaml().load(Files.readString(Paths.COMPOSE.resolve("compose.yaml")));
		compose = (Map<String, Map<String, Object>>) file.get("services");
	}

	@ParameterizedTest
	@ValueSource(strings = { "intake-service", "evidence-service", "triage-service", "routing-service",
			"notification-service" })
	void theBootJarIsLayeredSoDependenciesAndApplicationAreSeparateLayers(String service) throws Exception {
		try (JarFile jar = new JarFile(execJar(service).toFile())) {
			assertThat(layerIndex(jar)).as(service + " BOOT-INF/layers.idx").isEqualTo(LAYERS);
			// the tools jar mode (list-layers, extract --layers) is in the jar for a
			// Dockerfile build
			assertThat(jar.stream().map(JarEntry::getName))
				.anyMatch((name) -> name.startsWith("BOOT-INF/lib/spring-boot-jarmode-tools-"));
		}
	}

	@Test
	void theToolsJarModeListsTheSameLayersAsTheIndex() throws Exception {
		// one service is enough to show the command works; every jar's index is checked
		// above
		Output listed = java("-Djarmode=tools", "-jar", execJar("routing-service").toString(), "list-layers");
		assertThat(listed.exit()).as(listed.text()).isZero();
		assertThat(listed.text().lines().map(String::strip).filter((l) -> !l.isEmpty()).toList()).isEqualTo(LAYERS);
	}

	static List<String> layerIndex(JarFile jar) throws IOException {
		JarEntry index = jar.getJarEntry("BOOT-INF/layers.idx");
		assertThat(index).as("BOOT-INF/layers.idx").isNotNull();
		try (var in = jar.getInputStream(index)) {
			// lines are `- "name":` followed by ` - "path"` entries
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((l) -> l.startsWith("- "))
				.map((l) -> l.substring(2).replace("\"", "").replace(":", "").strip())
				.toList();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "intake-service", "evidence-service", "triage-service", "routing-service",
			"notification-service" })
	void theImageRunsAsANumericNonRootUserAndTheDeploymentAgrees(String service) throws Exception {
		ImageConfiguration image = ImageConfiguration.of(ROOT, service);
		assertThat(image.skipped()).as(service + " builds an image under -Pimages").isFalse();
		// numeric: Kubernetes' runAsNonRoot cannot check a user name
		assertThat(image.user()).as(service).matches("\\d+:\\d+");
		assertThat(image.uid()).as(service + " uid").isPositive();
		assertThat(image.gid()).as(service + " gid").isPositive();
		Deployment deployment = deployment(service);
		PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
		assertThat(pod.getRunAsNonRoot()).as(service).isTrue();
		assertThat(pod.getRunAsUser()).as(service + " runAsUser").isEqualTo(image.uid());
		assertThat(pod.getRunAsGroup()).as(service + " runAsGroup").isEqualTo(image.gid());
		assertThat(pod.getFsGroup()).as(service + " fsGroup owns the data volume").isEqualTo(image.gid());
		assertThat(container(service).getSecurityContext().getAllowPrivilegeEscalation()).as(service).isFalse();
		Object composeUser = compose.get(service).get("user");
		assertThat(composeUser == null || composeUser.equals(image.user())).as(service + " compose user").isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "intake-service", "evidence-service", "triage-service", "routing-service",
			"notification-service" })
	void portAndProbesAreTheSameInTheImageTheServiceTheManifestAndCompose(String service) throws Exception {
		ImageConfiguration image = ImageConfiguration.of(ROOT, service);
		assertThat(image.ports()).as(service).hasSize(1);
		assertThat(serverPort(service)).as(service + " application.yml server.port").isEqualTo(image.port());
		assertThat(image.environment()).containsEntry("SERVER_PORT", String.valueOf(image.port()));
		Container container = container(service);
		assertThat(container.getPorts()).as(service)
			.anySatisfy((p) -> assertThat(p.getName() + ":" + p.getContainerPort()).isEqualTo("http:" + image.port()));
		assertThat(config(service).getData()).containsEntry("SERVER_PORT", String.valueOf(image.port()));
		assertThat(image.environment()).containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe())) {
			assertThat(probe.getHttpGet().getPath()).isEqualTo(image.labels().get("org.iblagh.probe.liveness"));
			assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
		}
		assertThat(container.getReadinessProbe().getHttpGet().getPath())
			.isEqualTo(image.labels().get("org.iblagh.probe.readiness"));
		assertThat(image.labels()).containsEntry("org.iblagh.port", String.valueOf(image.port()));
		Map<String, Object> composeService = compose.get(service);
		String healthcheck = String.join(" ",
				(List<String>) ((Map<String, Object>) composeService.get("healthcheck")).get("test"));
		Matcher port = HEALTHCHECK_PORT.matcher(healthcheck);
		assertThat(port.find()).as(healthcheck).isTrue();
		assertThat(Integer.parseInt(port.group(1))).as(service + " compose health check port").isEqualTo(image.port());
		for (String published : (List<String>) composeService.getOrDefault("ports", List.of())) {
			assertThat(published).as(service + " compose ports").endsWith(":" + image.port());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "intake-service", "evidence-service", "triage-service", "routing-service",
			"notification-service" })
	void theDeploymentsStartTheImageWithItsOwnCommandAndTheEnvironmentItExpects(String service) throws Exception {
		ImageConfiguration image = ImageConfiguration.of(ROOT, service);
		Container container = container(service);
		Map<String, Object> composeService = compose.get(service);
		// same image: Kustomize and Compose refer to what Jib pushes
		assertThat(container.getImage()).isEqualTo(image.image());
		assertThat(composeService.get("image")).isEqualTo(image.image());
		// Jib's entrypoint (java <jvmFlags> -cp ... <main class>) is the start command
		// everywhere
		assertThat(container.getCommand()).as(service + " command").isNullOrEmpty();
		assertThat(container.getArgs()).as(service + " args").isNullOrEmpty();
		assertThat(composeService).as(service).doesNotContainKeys("command", "entrypoint");
		// the main class Jib infers is the Boot jar's: the only class with a main method
		String startClass;
		try (JarFile jar = new JarFile(execJar(service).toFile())) {
			startClass = jar.getManifest().getMainAttributes().getValue("Start-Class");
		}
		assertThat(mainClasses(service)).as(service + " classes with a main method").containsExactly(startClass);
		// environment: the profile and data folder, as Kubernetes and Compose set them
		Map<String, String> k8s = config(service).getData();
		Map<String, Object> composeEnv = (Map<String, Object>) composeService.get("environment");
		assertThat(image.environment()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
		for (String name : List.of("SPRING_PROFILES_ACTIVE", "IBLAGH_DATADIR")) {
			assertThat(k8s.get(name)).as(service + " ConfigMap " + name).isEqualTo(image.environment().get(name));
			assertThat(composeEnv.get(name)).as(service + " compose " + name).isEqualTo(image.environment().get(name));
		}
		String dataDir = image.environment().get("IBLAGH_DATADIR");
		assertThat(image.volumes()).contains(dataDir, "/tmp");
		assertThat(container.getVolumeMounts()).extracting((m) -> m.getMountPath()).contains(dataDir, "/tmp");
		// the deployments' JVM options are the image's defaults, and this JVM accepts
		// them all
		for (Object options : List.of(k8s.get("JAVA_TOOL_OPTIONS"), composeEnv.get("JAVA_TOOL_OPTIONS"))) {
			assertThat(image.jvmFlags()).as(service + " JAVA_TOOL_OPTIONS")
				.containsAll(Arrays.asList(((String) options).split("\\s+")));
		}
		List<String> command = new ArrayList<>(image.jvmFlags());
		command.add("-version");
		Output version = java(command.toArray(String[]::new));
		assertThat(version.exit()).as(version.text()).isZero();
	}

	static Deployment deployment(String service) {
		Deployment deployment = (Deployment) ManifestReferencesTest.find(manifests, "Deployment", service);
		assertThat(deployment).as("Deployment " + service).isNotNull();
		return deployment;
	}

	static Container container(String service) {
		return deployment(service).getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.stream()
			.filter((c) -> c.getName().equals(service))
			.findFirst()
			.orElseThrow();
	}

	static ConfigMap config(String service) {
		ConfigMap config = (ConfigMap) ManifestReferencesTest.find(manifests, "ConfigMap", service + "-config");
		assertThat(config).as("ConfigMap " + service + "-config").isNotNull();
		return config;
	}

	static int serverPort(String service) throws IOException {
		Path yml = ROOT.resolve(service).resolve("src/main/resources/application.yml");
		try (var reader = Files.newBufferedReader(yml)) {
			Map<String, Object> first = new Yaml().loadAll(reader).iterator().next() instanceof Map<?, ?> m
					? (Map<String, Object>) m : Map.of();
			return (Integer) ((Map<String, Object>) first.get("server")).get("port");
		}
	}

	static List<String> mainClasses(String service) throws IOException {
		Path sources = ROOT.resolve(service).resolve("src/main/java");
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter((f) -> f.toString().endsWith(".java")).filter((f) -> {
				try {
					return Files.readString(f).contains("public static void main(String[] ");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).map((f) -> sources.relativize(f).toString().replace(".java", "").replace('/', '.')).toList();
		}
	}

	/**
	 * The repackaged Boot jar the image is made from, resolved by Maven for this module.
	 */
	static Path execJar(String service) {
		String jar = System.getProperty("jar." + service);
		assertThat(jar).as("system property jar." + service + " (set by the pom)").isNotBlank();
		Path path = Path.of(jar);
		assertThat(path).as(service + " exec jar").isRegularFile();
		return path;
	}

	record Output(int exit, String text) {
	}

	static Output java(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		return new Output(process.exitValue(), text);
	}

}
