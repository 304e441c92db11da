package org.iblagh.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event round-trips through its sample JSON and both the sample and the
 * re-serialised record satisfy the event's JSON Schema.
 */
class ContractSamplesTest {

	private static final Map<Class<? extends IntegrationEvent>, String> FILES = Map.of(ReportSubmitted.class,
			"report-submitted", EvidenceSecured.class, "evidence-secured", ReportTriaged.class, "report-triaged",
			ReportReferred.class, "report-referred", ReportRouted.class, "report-routed", ReportNotified.class,
			"report-notified", ReportStatusChanged.class, "report-status-changed", ProsecutorInstruction.class,
			"prosecutor-instruction", ReporterMessage.class, "reporter-message", InvestigatorMessage.class,
			"investigator-message");

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ObjectMapper schemaTreeMapper = new ObjectMapper();

	static Stream<Arguments> events() {
		return FILES.entrySet().stream().map((e) -> Arguments.of(e.getKey(), e.getValue()));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("events")
	void sampleRoundTripsThroughTheRecord(Class<? extends IntegrationEvent> type, String name) throws IOException {
		String sample = read("samples/" + name + ".json");
		IntegrationEvent event = this.mapper.readValue(sample, type);
		assertThat(event.schemaVersion()).isEqualTo(1);
		assertThat(event.reportId()).isNotBlank();
		String written = this.mapper.writeValueAsString(event);
		assertThat(this.schemaTreeMapper.readTree(written)).isEqualTo(this.schemaTreeMapper.readTree(sample));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("events")
	void sampleAndRecordSatisfyTheSchema(Class<? extends IntegrationEvent> type, String name) throws IOException {
		JsonSchema schema = schema(name);
		String sample = read("samples/" + name + ".json");
		assertThat(schema.validate(this.schemaTreeMapper.readTree(sample))).isEmpty();
		String written = this.mapper.writeValueAsString(this.mapper.readValue(sample, type));
		assertThat(schema.validate(this.schemaTreeMapper.readTree(written))).isEmpty();
	}

	@Test
	void schemaRejectsAnEventWithoutItsIdentity() throws IOException {
		JsonSchema schema = schema("report-submitted");
		JsonNode broken = this.schemaTreeMapper.readTree(read("samples/report-submitted.json"));
		((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("reportId");
		Set<ValidationMessage> errors = schema.validate(broken);
		assertThat(errors).anySatisfy((m) -> assertThat(m.getMessage()).contains("reportId"));
	}

	@Test
	void everyEventHasATypeATopicAndASample() {
		assertThat(EventTypes.all()).hasSize(FILES.size());
		FILES.keySet().forEach((type) -> {
			assertThat(EventTypes.typeOf(type)).startsWith("org.iblagh.").endsWith(".v1");
			assertThat(Topics.ALL).contains(EventTypes.topicOf(type));
		});
		assertThat(FILES.keySet()).allSatisfy((type) -> assertThat(type.isRecord()).isTrue());
	}

	private JsonSchema schema(String name) throws IOException {
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(this.schemaTreeMapper.readTree(read("schemas/" + name + ".schema.json")));
	}

	private static String read(String path) throws IOException {
		try (InputStream in = ContractSamplesTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
