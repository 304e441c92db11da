package org.iblagh.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.iblagh.contracts.Topics;
import org.iblagh.local.EmbeddedKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Privacy by construction, checked from the outside: an anonymous reporter's address and
 * an identified reporter's name and e-mail appear nowhere in plaintext — not in any log,
 * database file, Kafka segment or object under the data folder, nor in any Kafka record
 * or header.
 */
class PrivacyIT {

	private static final String CLIENT_ADDRESS = "127.0.0.77";

	@BeforeAll
	static void platform() throws Exception {
		SharedPlatform.get();
	}

	@Test
	void noTraceOfTheReporterIsKeptInPlaintextAnywhere() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String fullName = "Zoubida Qarmouchi" + marker;
		String email = "zq." + marker + "@example.ma";
		String anonymous = """
				{"category":"SEXTORTION_BLACKMAIL","language":"fr",
				 "description":"Un inconnu menace de publier mes photos si je ne paie pas 2000 dirhams avant demain",
				 "anonymous":true,"consent":true}""";
		String identified = """
				{"category":"ONLINE_FRAUD","language":"fr",
				 "description":"On m'a volé 900 dirhams avec un faux site de livraison qui imite la poste marocaine. Je suis %s, écrivez-moi à %s",
				 "anonymous":false,"reporter":{"fullName":"%s","email":"%s","phone":"0661000000"},"consent":true}"""
			// reporters often introduce themselves in the text: that copy is taken out
			// too
			.formatted(fullName.toUpperCase(java.util.Locale.ROOT), email, fullName, email);
		String anonymousId = submitFrom(CLIENT_ADDRESS, anonymous);
		String identifiedId = submitFrom(CLIENT_ADDRESS, identified);

		// let every service handle both reports before looking
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			for (String id : List.of(anonymousId, identifiedId)) {
				assertThat(Client
					.send(Client.get(SharedPlatform.url("triage", "/api/v1/reports/" + id))
						.header("Authorization", Client.basic("analyst", "analyst")))
					.statusCode()).isEqualTo(200);
			}
		});

		List<String> secrets = List.of(CLIENT_ADDRESS, fullName, email);
		Path data = SharedPlatform.get().dataDir();
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(data)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content;
				try {
					content = Files.readAllBytes(file);
				}
				catch (IOException ex) {
					continue;
				}
				for (String secret : secrets) {
					if (indexOf(content, secret.getBytes(StandardCharsets.UTF_8)) >= 0) {
						found.add(secret + " in " + data.relativize(file));
					}
				}
			}
		}
		assertThat(found).as("plaintext personal data on disk").isEmpty();
		assertThat(kafkaRecordsContaining(secrets)).as("personal data in Kafka").isEmpty();
	}

	/**
	 * An HTTP/1.1 request from a chosen loopback address (Java's HttpClient cannot bind
	 * one).
	 */
	private static String submitFrom(String address, String reportJson) throws Exception {
		String proof = Client.proofOfWork();
		byte[] body = reportJson.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
			socket.connect(new InetSocketAddress("127.0.0.1", SharedPlatform.PORTS.intake()), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "User-Agent: PrivacyProbe/" + address + "\r\nX-Proof-Of-Work: " + proof + "\r\nContent-Length: "
					+ body.length + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 201");
			JsonNode json = Client.JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4)
				.trim()
				.replaceAll("^[0-9a-fA-F]+\r\n", "")
				.replaceAll("\r\n0\r\n\r\n$", ""));
			return json.get("reportId").asString();
		}
	}

	private static List<String> kafkaRecordsContaining(List<String> secrets) {
		List<String> hits = new ArrayList<>();
		List<String> topics = new ArrayList<>(EmbeddedKafka.allTopics());
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedPlatform.PORTS.kafkaBootstrap(),
						ConsumerConfig.GROUP_ID_CONFIG, "privacy-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(topics);
			long quietSince = System.nanoTime();
			while (System.nanoTime() - quietSince < Duration.ofSeconds(4).toNanos()) {
				var records = consumer.poll(Duration.ofMillis(300));
				if (!records.isEmpty()) {
					quietSince = System.nanoTime();
				}
				for (ConsumerRecord<String, byte[]> r : records) {
					StringBuilder all = new StringBuilder(new String(r.value(), StandardCharsets.UTF_8));
					for (Header h : r.headers()) {
						all.append(' ').append(new String(h.value(), StandardCharsets.UTF_8));
					}
					for (String secret : secrets) {
						if (all.indexOf(secret) >= 0) {
							hits.add(secret + " in " + r.topic());
						}
					}
				}
			}
		}
		assertThat(topics).contains(Topics.REPORT_SUBMITTED);
		return hits;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
