package org.iblagh.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker must be able to fail: the same small set of manifests passes when
 * consistent and is rejected, for each mistake, when one mistake per object is made.
 */
class BrokenManifestsAreRejectedTest {

	static final Path SAMPLES = Path.of("src/test/resources/samples").toAbsolutePath();

	static final Map<String, Set<String>> SECRETS = Map.of("web-secrets", Set.of("token"));

	@Test
	void theConsistentSamplePasses() {
		List<Manifest> manifests = ManifestLoader.load(SAMPLES.resolve("valid"));
		assertThat(manifests).hasSize(5);
		assertThat(ReferenceChecker.check(manifests, SECRETS)).isEmpty();
	}

	@Test
	void eachMistakeIsReported() {
		List<String> problems = ReferenceChecker.check(ManifestLoader.load(SAMPLES.resolve("broken")), SECRETS);
		assertThat(problems).anyMatch((p) -> p.contains("ConfigMap web-configuration is not defined"))
			.anyMatch((p) -> p.contains("secretKeyRef nowhere/token is not a known Secret key"))
			.anyMatch((p) -> p.contains("readinessProbe port 9090 is not a port of the container"))
			.anyMatch((p) -> p.contains("volumeMount scratch names no volume"))
			.anyMatch((p) -> p.contains("unknown field Deployment.spec.template.spec.containers[0].readinesProbe"))
			.anyMatch((p) -> p.startsWith("Service/web") && p.contains("matches no Deployment or StatefulSet pods"))
			.anyMatch((p) -> p.contains("scaleTargetRef Deployment/api is not defined"))
			.anyMatch((p) -> p.startsWith("PodDisruptionBudget/web") && p.contains("selector matches no pod"))
			.hasSize(8);
	}

	@Test
	void aSecretKeyMissingFromTheExternalListIsReported() {
		List<String> problems = ReferenceChecker.check(ManifestLoader.load(SAMPLES.resolve("valid")),
				Map.of("web-secrets", Set.of("password")));
		assertThat(problems).containsExactly(
				"Deployment/web (web.yaml): container web: env TOKEN: secretKeyRef web-secrets/token is not a known Secret key");
	}

}
