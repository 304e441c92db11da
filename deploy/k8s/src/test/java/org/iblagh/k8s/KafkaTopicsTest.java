package org.iblagh.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.iblagh.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics Strimzi creates are exactly those of the contracts (plus one dead-letter
 * topic per consumer group and input), and each has enough partitions for the most
 * replicas its consumers scale to.
 */
@SuppressWarnings("unchecked")
class KafkaTopicsTest {

	static List<Manifest> manifests;

	@BeforeAll
	static void load() {
		manifests = ManifestLoader.load(Paths.BASE);
	}

	static Set<String> expectedTopics() {
		Set<String> topics = new TreeSet<>(Topics.ALL);
		Topics.CONSUMERS
			.forEach((group, inputs) -> inputs.forEach((topic) -> topics.add(Topics.deadLetter(topic, group))));
		return topics;
	}

	@Test
	void topicsAreExactlyTheContractsTopicsAndTheirDeadLetters() {
		assertThat(topics().keySet()).containsExactlyInAnyOrderElementsOf(expectedTopics());
		assertThat(expectedTopics()).hasSize(Topics.ALL.size() + 13);
	}

	@Test
	void everyTopicIsReplicatedThreeTimesAndNeedsTwoInSyncReplicas() {
		String cluster = single("Kafka").getMetadata().getName();
		topics().forEach((name, topic) -> {
			assertThat(topic.getMetadata().getLabels()).as(name).containsEntry("strimzi.io/cluster", cluster);
			assertThat(spec(topic).get("replicas")).as(name).isEqualTo(3);
			assertThat(spec(topic).get("topicName")).as(name).isEqualTo(name);
			assertThat(((Map<?, ?>) spec(topic).get("config")).get("min.insync.replicas")).as(name).isEqualTo(2);
		});
	}

	@Test
	void noConsumerGroupScalesBeyondThePartitionsOfItsInputs() {
		Map<String, GenericKubernetesResource> topics = topics();
		Topics.CONSUMERS.forEach((group, inputs) -> {
			HorizontalPodAutoscaler hpa = (HorizontalPodAutoscaler) ManifestReferencesTest.find(manifests,
					"HorizontalPodAutoscaler", group);
			assertThat(hpa).as("autoscaler of " + group).isNotNull();
			for (String input : inputs) {
				int partitions = (Integer) spec(topics.get(input)).get("partitions");
				assertThat(hpa.getSpec().getMaxReplicas()).as(group + " on " + input).isLessThanOrEqualTo(partitions);
				// the binder writes a dead letter to the partition its record came from
				assertThat(spec(topics.get(Topics.deadLetter(input, group))).get("partitions")).isEqualTo(partitions);
			}
		});
	}

	@Test
	void brokersRequireReplicationAndAuthenticatedEncryptedClients() {
		Map<String, Object> kafka = (Map<String, Object>) spec(single("Kafka")).get("kafka");
		Map<String, Object> config = (Map<String, Object>) kafka.get("config");
		assertThat(config).containsEntry("default.replication.factor", 3)
			.containsEntry("min.insync.replicas", 2)
			.containsEntry("auto.create.topics.enable", false);
		List<Map<String, Object>> listeners = (List<Map<String, Object>>) kafka.get("listeners");
		assertThat(listeners).allSatisfy((listener) -> {
			assertThat(listener.get("tls")).isEqualTo(true);
			assertThat(((Map<?, ?>) listener.get("authentication")).get("type")).isEqualTo("scram-sha-512");
		});
		assertThat(spec(single("KafkaNodePool")).get("replicas")).isEqualTo(3);
	}

	@Test
	void everyServiceHasAKafkaUserWhoseAclsNameRealTopicsAndItsOwnGroup() {
		Set<String> topics = topics().keySet();
		for (String service : ManifestReferencesTest.SERVICES) {
			GenericKubernetesResource user = (GenericKubernetesResource) ManifestReferencesTest.find(manifests,
					"KafkaUser", service);
			assertThat(user).as(service).isNotNull();
			List<Map<String, Object>> acls = (List<Map<String, Object>>) ((Map<String, Object>) spec(user)
				.get("authorization")).get("acls");
			List<String> readable = new ArrayList<>();
			for (Map<String, Object> acl : acls) {
				Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
				if (resource.get("type").equals("topic")) {
					assertThat(topics).as(service + " ACL").contains((String) resource.get("name"));
					if (((List<?>) acl.get("operations")).contains("Read")) {
						readable.add((String) resource.get("name"));
					}
				}
				else {
					assertThat(resource).containsEntry("type", "group").containsEntry("name", service);
				}
			}
			assertThat(readable).as(service + " reads exactly its inputs")
				.containsExactlyInAnyOrderElementsOf(Topics.CONSUMERS.get(service));
		}
	}

	@Test
	void composeCreatesTheSameTopics() throws IOException {
		String script = Files.readString(Paths.COMPOSE.resolve("kafka/create-topics.sh"));
		Matcher names = Pattern.compile("(?m)^\\s+((?:error\\.)?(?:report|prosecutor)\\.[a-z0-9.-]+)\\s*$")
			.matcher(script);
		Set<String> created = new TreeSet<>();
		while (names.find()) {
			created.add(names.group(1));
		}
		assertThat(created).containsExactlyInAnyOrderElementsOf(expectedTopics());
	}

	private static Map<String, GenericKubernetesResource> topics() {
		Map<String, GenericKubernetesResource> topics = new java.util.TreeMap<>();
		manifests.stream()
			.filter((m) -> m.kind().equals("KafkaTopic"))
			.forEach((m) -> topics.put(m.name(), (GenericKubernetesResource) m.object()));
		return topics;
	}

	private static GenericKubernetesResource single(String kind) {
		List<Manifest> found = manifests.stream().filter((m) -> m.kind().equals(kind)).toList();
		assertThat(found).as(kind).hasSize(1);
		return (GenericKubernetesResource) found.get(0).object();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> spec(GenericKubernetesResource resource) {
		return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
	}

}
