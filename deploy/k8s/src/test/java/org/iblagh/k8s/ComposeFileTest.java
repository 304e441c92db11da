package org.iblagh.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compose file cannot be run here (no Docker), so the build checks what would make it
 * fail or leak: every container has a health check, every start order waits on a
 * condition, no secret is written in it.
 */
@SuppressWarnings("unchecked")
class ComposeFileTest {

	static final Set<String> CONDITIONS = Set.of("service_healthy", "service_completed_successfully",
			"service_started");

	static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|KEY|KEYSET|_URI).*");

	static String text;

	static Map<String, Map<String, Object>> services;

	@BeforeAll
	static void load() throws IOException {
		text = Files.readString(Paths.COMPOSE.resolve("compose.yaml"));
		services = (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml().load(text)).get("services");
	}

	@Test
	void everyContainerHasAHealthCheckOrIsAOneShotJob() {
		assertThat(services).hasSizeGreaterThanOrEqualTo(20);
		services.forEach((name, service) -> {
			Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
			assertThat(healthcheck).as(name + " healthcheck").isNotNull();
			if (Boolean.TRUE.equals(healthcheck.get("disable"))) {
				assertThat(service.get("restart")).as(name + " is a one-shot job").isEqualTo("no");
			}
			else {
				assertThat((List<String>) healthcheck.get("test")).as(name).isNotEmpty();
			}
		});
	}

	@Test
	void everyDependencyWaitsOnAConditionTheTargetCanMeet() {
		services.forEach((name, service) -> {
			Object dependsOn = service.get("depends_on");
			if (dependsOn == null) {
				return;
			}
			assertThat(dependsOn).as(name + " depends_on must name conditions").isInstanceOf(Map.class);
			((Map<String, Map<String, Object>>) dependsOn).forEach((target, how) -> {
				assertThat(services).as(name + " depends on " + target).containsKey(target);
				String condition = (String) how.get("condition");
				assertThat(CONDITIONS).as(name + " -> " + target).contains(condition);
				Map<String, Object> targetHealth = (Map<String, Object>) services.get(target).get("healthcheck");
				if (condition.equals("service_healthy")) {
					assertThat(targetHealth.get("disable")).as(target + " must have a health check").isNull();
				}
				if (condition.equals("service_completed_successfully")) {
					assertThat(services.get(target).get("restart")).as(target).isEqualTo("no");
				}
			});
		});
	}

	@Test
	void theFiveServicesRunTheirImageInProdAfterTheInfrastructureIsReady() {
		for (String name : ManifestReferencesTest.SERVICES) {
			Map<String, Object> service = services.get(name);
			assertThat(service.get("image")).isEqualTo("iblagh/" + name + ":0.1.0");
			Map<String, Object> env = (Map<String, Object>) service.get("environment");
			assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
			assertThat((String) env.get("SPRING_MONGODB_URI")).contains("replicaSet=rs0", "w=majority",
					"/iblagh-" + name.replace("-service", "") + "?");
			Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) service.get("depends_on");
			assertThat(dependsOn.keySet()).contains("kafka-topics", "mongo-init", "minio-init");
			List<String> test = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
			assertThat(String.join(" ", test)).contains("/actuator/health");
		}
		assertThat(services.get("routing-service")).as("routing is internal").doesNotContainKey("ports");
	}

	@Test
	void kafkaHasThreeReplicatingBrokersAndMongoThreeMembers() {
		for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
			Map<String, Object> env = (Map<String, Object>) services.get(broker).get("environment");
			assertThat(env).containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", 3)
				.containsEntry("KAFKA_MIN_INSYNC_REPLICAS", 2)
				.containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
			assertThat((String) services.get(broker).get("image")).startsWith("apache/kafka:");
		}
		for (String member : List.of("mongo-1", "mongo-2", "mongo-3")) {
			assertThat((List<String>) services.get(member).get("command")).contains("--replSet", "rs0");
		}
	}

	@Test
	void noSecretIsWrittenInTheFileAndEveryVariableIsInTheExample() throws IOException {
		services.forEach((name, service) -> {
			Object env = service.get("environment");
			if (env instanceof Map<?, ?> map) {
				map.forEach((key, value) -> {
					if (SECRET_NAME.matcher((String) key).matches() && !String.valueOf(value).startsWith("http")) {
						assertThat(String.valueOf(value)).as(name + " " + key + " comes from .env").contains("${");
					}
				});
			}
		});
		Set<String> example = new HashSet<>();
		for (String line : Files.readAllLines(Paths.COMPOSE.resolve(".env.example"))) {
			if (line.contains("=") && !line.startsWith("#")) {
				example.add(line.substring(0, line.indexOf('=')));
			}
		}
		Matcher variables = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}").matcher(text);
		while (variables.find()) {
			assertThat(example).as("${" + variables.group(1) + "} in .env.example").contains(variables.group(1));
		}
	}

	@Test
	void evidenceBucketIsCreatedWithObjectLockTheSameWayInComposeAndKubernetes() throws IOException {
		String script = Files.readString(Paths.COMPOSE.resolve("minio/init-buckets.sh"));
		assertThat(script).contains("mc mb --ignore-existing --with-lock iblagh/evidence\n");
		ConfigMap k8s = (ConfigMap) ManifestReferencesTest.find(ManifestLoader.load(Paths.BASE), "ConfigMap",
				"minio-init");
		assertThat(k8s.getData().get("init-buckets.sh")).isEqualTo(script);
		assertThat(k8s.getData().get("iblagh-app-policy.json").strip())
			.isEqualTo(Files.readString(Paths.COMPOSE.resolve("minio/iblagh-app-policy.json")).strip());
	}

	@Test
	void keycloakRealmHasTheRolesClientsAndNoRealSecret() throws IOException {
		Map<String, Object> realm = new Yaml()
			.load(Files.readString(Paths.COMPOSE.resolve("keycloak/iblagh-realm.json")));
		assertThat(realm).containsEntry("realm", "iblagh");
		List<Map<String, Object>> roles = (List<Map<String, Object>>) ((Map<String, Object>) realm.get("roles"))
			.get("realm");
		assertThat(roles).extracting((role) -> role.get("name"))
			.containsExactlyInAnyOrder("ANALYST", "SUPERVISOR", "OFFICE", "EVIDENCE_PREVIEW");
		List<Map<String, Object>> clients = (List<Map<String, Object>>) realm.get("clients");
		assertThat(clients).extracting((client) -> client.get("clientId"))
			.contains("iblagh-console", "iblagh-office-portal", "office-tpi-rabat", "iblagh-services");
		assertThat(clients).allSatisfy((client) -> assertThat((String) client.get("secret")).matches("\\$\\{[A-Z_]+}"));
		assertThat(clients).filteredOn((client) -> ((String) client.get("clientId")).startsWith("office-"))
			.allSatisfy((client) -> assertThat(client).containsEntry("serviceAccountsEnabled", true));
		List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
		// the services' own account fetches previews and nothing else: never an
		// investigator
		assertThat(users).filteredOn((user) -> "service-account-iblagh-services".equals(user.get("username")))
			.singleElement()
			.satisfies((user) -> assertThat((List<String>) user.get("realmRoles")).containsExactly("EVIDENCE_PREVIEW"));
		users.stream()
			.filter((user) -> user.containsKey("credentials"))
			.flatMap((user) -> ((List<Map<String, Object>>) user.get("credentials")).stream())
			.forEach((credential) -> assertThat((String) credential.get("value")).matches("\\$\\{[A-Z_]+}"));
		Matcher placeholders = Pattern.compile("\\$\\{([A-Z_]+)}")
			.matcher(Files.readString(Paths.COMPOSE.resolve("keycloak/iblagh-realm.json")));
		Map<String, Object> keycloakEnv = (Map<String, Object>) services.get("keycloak").get("environment");
		while (placeholders.find()) {
			assertThat(keycloakEnv).as("Keycloak gets " + placeholders.group(1)).containsKey(placeholders.group(1));
		}
	}

	@Test
	void prometheusScrapesEveryServiceAndGrafanaShowsTheRequiredPanels() throws IOException {
		String prometheus = Files.readString(Paths.COMPOSE.resolve("prometheus/prometheus.yml"));
		Map<String, Object> config = new Yaml().load(prometheus);
		Map<String, Object> job = ((List<Map<String, Object>>) config.get("scrape_configs")).get(0);
		assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
		String targets = job.get("static_configs").toString();
		ManifestReferencesTest.SERVICES.forEach((service) -> assertThat(targets).contains(service + ":808"));
		Path dashboard = Paths.COMPOSE.resolve("grafana/dashboards/iblagh-overview.json");
		Map<String, Object> json = new Yaml().load(Files.readString(dashboard));
		String panels = json.get("panels").toString();
		assertThat(panels).contains("iblagh_reports", "spring_cloud_stream_binder_kafka_offset",
				"iblagh_stage_duration_seconds_bucket", "iblagh_webhook_deliveries_total");
		Map<String, Object> datasources = new Yaml()
			.load(Files.readString(Paths.COMPOSE.resolve("grafana/provisioning/datasources/prometheus.yml")));
		assertThat(datasources.toString()).contains("uid=iblagh-prometheus", "url=http://prometheus:9090");
		assertThat(panels).contains("uid=iblagh-prometheus");
	}

}
