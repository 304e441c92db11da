package org.iblagh.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads every YAML file under a folder into typed fabric8 objects (kinds fabric8 does not
 * know, such as Strimzi's, become {@code GenericKubernetesResource}). Kustomization files
 * are not Kubernetes objects: they are kept apart.
 */
final class ManifestLoader {

	static final String KUSTOMIZATION = "kustomization.yaml";

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	private ManifestLoader() {
	}

	static List<Path> yamlFiles(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.filter((file) -> !file.toString().contains("/target/"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Manifest> load(Path root) {
		List<Manifest> manifests = new ArrayList<>();
		for (Path file : yamlFiles(root)) {
			if (!file.getFileName().toString().equals(KUSTOMIZATION)) {
				manifests.addAll(parse(file));
			}
		}
		return manifests;
	}

	static List<Manifest> parse(Path file) {
		List<Manifest> manifests = new ArrayList<>();
		for (Object document : documents(file)) {
			if (document == null) {
				continue;
			}
			String yaml = new Yaml().dump(document);
			Object parsed = SERIALIZATION.unmarshal(yaml);
			if (!(parsed instanceof HasMetadata object)) {
				throw new IllegalArgumentException(file + ": not a Kubernetes object: " + yaml.lines().findFirst());
			}
			manifests.add(new Manifest(file, object));
		}
		return manifests;
	}

	/**
	 * The documents of a multi-document YAML file, as plain maps.
	 */
	static List<Object> documents(Path file) {
		try {
			String text = Files.readString(file);
			List<Object> documents = new ArrayList<>();
			new Yaml(new LoaderOptions()).loadAll(text).forEach(documents::add);
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> kustomization(Path folder) {
		List<Object> documents = documents(folder.resolve(KUSTOMIZATION));
		return (Map<String, Object>) documents.get(0);
	}

}
