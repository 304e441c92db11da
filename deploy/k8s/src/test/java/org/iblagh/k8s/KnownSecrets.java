package org.iblagh.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;

/**
 * The Secrets a manifest may reference: those created outside the repository (listed in
 * external-secrets.properties), those Strimzi's operators write (one per KafkaUser, the
 * cluster CA certificate), and any Secret in the manifests.
 */
final class KnownSecrets {

	/** The keys Strimzi's user operator writes for a SCRAM-SHA-512 user. */
	static final Set<String> KAFKA_USER_KEYS = Set.of("password", "sasl.jaas.config");

	/** The keys of {@code <cluster>-cluster-ca-cert}. */
	static final Set<String> CLUSTER_CA_KEYS = Set.of("ca.crt", "ca.p12", "ca.password");

	private final Map<String, Set<String>> keysBySecret = new LinkedHashMap<>();

	private final Map<String, Set<String>> external;

	private KnownSecrets(Map<String, Set<String>> external) {
		this.external = external;
		this.keysBySecret.putAll(external);
	}

	static KnownSecrets of(Map<String, Set<String>> external, List<Manifest> manifests) {
		KnownSecrets known = new KnownSecrets(external);
		for (Manifest manifest : manifests) {
			if (manifest.object() instanceof Secret secret) {
				Set<String> keys = new TreeSet<>();
				if (secret.getData() != null) {
					keys.addAll(secret.getData().keySet());
				}
				if (secret.getStringData() != null) {
					keys.addAll(secret.getStringData().keySet());
				}
				known.keysBySecret.put(manifest.name(), keys);
			}
			else if (manifest.object() instanceof GenericKubernetesResource resource) {
				if (resource.getKind().equals("KafkaUser")) {
					known.keysBySecret.put(manifest.name(), KAFKA_USER_KEYS);
				}
				else if (resource.getKind().equals("Kafka")) {
					known.keysBySecret.put(manifest.name() + "-cluster-ca-cert", CLUSTER_CA_KEYS);
				}
			}
		}
		return known;
	}

	static Map<String, Set<String>> readExternal(Path file) {
		Map<String, Set<String>> secrets = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file)) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] nameAndKeys = trimmed.split("=", 2);
				secrets.put(nameAndKeys[0].strip(),
						new TreeSet<>(Arrays.stream(nameAndKeys[1].split(","))
							.map(String::strip)
							.filter((key) -> !key.isEmpty())
							.toList()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return secrets;
	}

	boolean exists(String name) {
		return this.keysBySecret.containsKey(name);
	}

	boolean hasKey(String name, String key) {
		return this.keysBySecret.getOrDefault(name, Set.of()).contains(key);
	}

	Map<String, Set<String>> external() {
		return this.external;
	}

}
