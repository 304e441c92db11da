package org.iblagh.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestReferencesTest {

	static final List<String> SERVICES = List.of("intake-service", "evidence-service", "triage-service",
			"routing-service", "notification-service");

	static List<Manifest> manifests;

	@BeforeAll
	static void load() {
		manifests = ManifestLoader.load(Paths.BASE);
	}

	@Test
	void everyManifestParsesIntoTypedObjects() {
		assertThat(manifests).hasSizeGreaterThan(60);
		// every core kind is a typed fabric8 class; only Strimzi's custom resources stay
		// generic
		assertThat(manifests)
			.filteredOn((m) -> m.object().getClass().getSimpleName().equals("GenericKubernetesResource"))
			.extracting(Manifest::kind)
			.allMatch((kind) -> Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser").contains(kind));
	}

	@Test
	void everyReferenceResolves() {
		assertThat(ReferenceChecker.check(manifests, KnownSecrets.readExternal(Paths.EXTERNAL_SECRETS))).isEmpty();
	}

	@Test
	void everyExternalSecretKeyListedIsUsed() {
		Map<String, Set<String>> used = new TreeMap<>();
		for (ReferenceChecker.Workload workload : ReferenceChecker.workloads(manifests)) {
			workload.allContainers()
				.flatMap((c) -> c.getEnv().stream())
				.map(EnvVar::getValueFrom)
				.filter((from) -> from != null && from.getSecretKeyRef() != null)
				.forEach((from) -> used.computeIfAbsent(from.getSecretKeyRef().getName(), (k) -> new TreeSet<>())
					.add(from.getSecretKeyRef().getKey()));
			workload.pod()
				.getVolumes()
				.stream()
				.filter((v) -> v.getSecret() != null)
				.forEach((v) -> v.getSecret()
					.getItems()
					.forEach((item) -> used.computeIfAbsent(v.getSecret().getSecretName(), (k) -> new TreeSet<>())
						.add(item.getKey())));
		}
		// an ingress controller reads the two standard keys of a kubernetes.io/tls Secret
		manifests.stream()
			.filter((m) -> m.object() instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress)
			.flatMap((m) -> ((io.fabric8.kubernetes.api.model.networking.v1.Ingress) m.object()).getSpec()
				.getTls()
				.stream())
			.forEach((tls) -> used.computeIfAbsent(tls.getSecretName(), (k) -> new TreeSet<>())
				.addAll(Set.of("tls.crt", "tls.key")));
		KnownSecrets.readExternal(Paths.EXTERNAL_SECRETS)
			.forEach((name, keys) -> assertThat(used.get(name)).as("keys of external Secret " + name + " in use")
				.containsExactlyInAnyOrderElementsOf(keys));
	}

	@Test
	void everyServiceHasItsDeploymentServiceConfigPdbAndAutoscaler() {
		for (String service : SERVICES) {
			assertThat(find("Deployment", service)).as(service).isNotNull();
			assertThat(find("Service", service)).as(service).isNotNull();
			assertThat(find("ConfigMap", service + "-config")).as(service).isNotNull();
			assertThat(find("PodDisruptionBudget", service)).as(service).isNotNull();
			assertThat(find("HorizontalPodAutoscaler", service)).as(service).isNotNull();
			Deployment deployment = (Deployment) find("Deployment", service).object();
			var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			assertThat(container.getImage()).isEqualTo("iblagh/" + service + ":0.1.0");
			assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
			assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
			assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
			assertThat(container.getEnvFrom()).anyMatch((e) -> e.getConfigMapRef() != null);
			// the outbox and the binder authenticate as the service's own Kafka user
			assertThat(container.getEnv())
				.anyMatch((e) -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null
						&& e.getValueFrom().getSecretKeyRef().getName().equals(service));
			PodDisruptionBudget pdb = (PodDisruptionBudget) find("PodDisruptionBudget", service).object();
			HorizontalPodAutoscaler hpa = (HorizontalPodAutoscaler) find("HorizontalPodAutoscaler", service).object();
			// a PDB allowing no disruption at the HPA's minimum would block every node
			// drain
			assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
			assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
		}
	}

	@Test
	void routingIsInternalOnly() {
		Service routing = (Service) find("Service", "routing-service").object();
		assertThat(routing.getSpec().getType()).isEqualTo("ClusterIP");
		assertThat(manifests).filteredOn((m) -> m.kind().equals("Ingress"))
			.allSatisfy((m) -> assertThat(io.fabric8.kubernetes.client.utils.Serialization.asJson(m.object()))
				.doesNotContain("routing-service"));
		Map<String, String> routingPod = ((Deployment) find("Deployment", "routing-service").object()).getSpec()
			.getTemplate()
			.getMetadata()
			.getLabels();
		for (Manifest manifest : manifests) {
			if (manifest.object() instanceof io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy policy
					&& (LabelSelectors.isEmpty(policy.getSpec().getPodSelector())
							|| LabelSelectors.matches(policy.getSpec().getPodSelector(), routingPod))) {
				policy.getSpec().getIngress().forEach((rule) -> rule.getFrom().forEach((peer) -> {
					assertThat(peer.getIpBlock()).as(manifest + " opens routing to addresses").isNull();
					if (peer.getNamespaceSelector() != null) {
						assertThat(peer.getNamespaceSelector().getMatchLabels())
							.as(manifest + " may open routing only to in-cluster monitoring")
							.containsEntry("kubernetes.io/metadata.name", "monitoring");
					}
				}));
			}
		}
	}

	@Test
	void ingressNeverExposesActuatorOrInternalPaths() {
		manifests.stream()
			.filter((m) -> m.object() instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress)
			.map((m) -> (io.fabric8.kubernetes.api.model.networking.v1.Ingress) m.object())
			.flatMap((ingress) -> ingress.getSpec().getRules().stream())
			.flatMap((rule) -> rule.getHttp().getPaths().stream())
			.forEach((path) -> {
				assertThat(path.getPath()).doesNotStartWith("/internal");
				if (path.getPath().startsWith("/actuator")) {
					assertThat(path.getPath()).isEqualTo("/actuator/health");
					assertThat(path.getPathType()).isEqualTo("Exact");
				}
			});
	}

	static Manifest find(String kind, String name) {
		return manifests.stream().filter((m) -> m.is(kind, name)).findFirst().orElse(null);
	}

	static Object find(List<Manifest> in, String kind, String name) {
		return in.stream().filter((m) -> m.is(kind, name)).findFirst().map(Manifest::object).orElse(null);
	}

}
