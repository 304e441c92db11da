package org.iblagh.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kustomize is not installed on these machines, so the build checks what it would: every
 * resource listed exists, every manifest file is listed (none silently left out of a
 * deployment), every patch targets a base object.
 */
class KustomizationTest {

	@Test
	void everyManifestInTheBaseIsListedExactlyOnceAndEveryListedResourceExists() {
		List<Path> listed = new ArrayList<>();
		collect(Paths.BASE, listed);
		Set<Path> manifestFiles = new HashSet<>(ManifestLoader.yamlFiles(Paths.BASE));
		manifestFiles.removeIf((file) -> file.getFileName().toString().equals(ManifestLoader.KUSTOMIZATION));
		assertThat(listed).doesNotHaveDuplicates();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(manifestFiles);
	}

	@Test
	@SuppressWarnings("unchecked")
	void prodOverlayBuildsOnTheBaseAndPatchesOnlyObjectsThatExist() {
		Map<String, Object> overlay = ManifestLoader.kustomization(Paths.PROD);
		assertThat((List<String>) overlay.get("resources")).containsExactly("../../base");
		List<Manifest> base = ManifestLoader.load(Paths.BASE);
		List<Map<String, Object>> patches = (List<Map<String, Object>>) overlay.get("patches");
		assertThat(patches).isNotEmpty();
		for (Map<String, Object> patch : patches) {
			Path file = Paths.PROD.resolve((String) patch.get("path"));
			for (Manifest partial : ManifestLoader.parse(file)) {
				assertThat(base).as(file.getFileName() + " patches " + partial)
					.anyMatch((m) -> m.is(partial.kind(), partial.name()));
				if (partial.object() instanceof HorizontalPodAutoscaler hpa) {
					// an overlay may not scale a consumer group past the base's
					// partitions (6)
					assertThat(hpa.getSpec().getMaxReplicas()).isLessThanOrEqualTo(6);
				}
			}
		}
		Set<String> images = new HashSet<>();
		((List<Map<String, Object>>) overlay.get("images")).forEach((image) -> images.add((String) image.get("name")));
		ManifestReferencesTest.SERVICES.forEach((service) -> assertThat(images).contains("iblagh/" + service));
	}

	@SuppressWarnings("unchecked")
	private static void collect(Path folder, List<Path> listed) {
		Map<String, Object> kustomization = ManifestLoader.kustomization(folder);
		for (String resource : (List<String>) kustomization.get("resources")) {
			Path path = folder.resolve(resource).normalize();
			assertThat(path).as("resource of " + folder).exists();
			if (Files.isDirectory(path)) {
				assertThat(path.resolve(ManifestLoader.KUSTOMIZATION)).exists();
				collect(path, listed);
			}
			else {
				listed.add(path);
			}
		}
	}

}
