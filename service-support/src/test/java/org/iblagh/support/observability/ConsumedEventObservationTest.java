package org.iblagh.support.observability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumed event is handled inside a span that continues the producer's trace, with the
 * report id and the trace in the logging context, so that a production log line (JSON)
 * carries both and the events the handler queues carry the trace on.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsumedEventObservationTest {

	private static final Logger log = LoggerFactory.getLogger(ConsumedEventObservationTest.class);

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String PRODUCER_SPAN = "00f067aa0ba902b7";

	private static final String PERSONAL = "Zoubida Qarmouchi, zq@example.ma, 0661000000";

	@Test
	void theHandlingContinuesTheTraceLogsJsonWithReportAndTraceAndTimesTheStage(CapturedOutput output) {
		AtomicReference<OutboxEntry> queued = new AtomicReference<>();
		Timer stage;
		try (ConfigurableApplicationContext context = tracingOnly()) {
			ConsumedEventObservation observation = context.getBean(ConsumedEventObservation.class);
			observation.handle(consumed(), "onReportSubmitted", () -> {
				log.info("Securing the evidence of the report");
				queued.set(OutboxEntry.of(new ReportStatusChanged("e-2", Instant.now(), "R-2026-000123", 1,
						ReportStatus.EVIDENCE_SECURED, "test-service", null), new EventCodec()));
				return null;
			});
			stage = context.getBean(MeterRegistry.class)
				.find("iblagh.stage.duration")
				.tag("stage", "report.submitted.v1/evidence-service")
				.timer();
			assertThat(stage).isNotNull();
			assertThat(stage.count()).isOne();
		}

		String line = output.getOut()
			.lines()
			.filter((l) -> l.contains("Securing the evidence"))
			.findFirst()
			.orElseThrow();
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.path("message").asString()).isEqualTo("Securing the evidence of the report");
		assertThat(json.path("reportId").asString()).isEqualTo("R-2026-000123");
		assertThat(json.path("traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(json.path("spanId").asString()).hasSize(16).isNotEqualTo(PRODUCER_SPAN);
		assertThat(output.getAll()).doesNotContain("Zoubida").doesNotContain("zq@example.ma");

		// the event queued while handling carries the same trace, from the consumer's
		// span
		String traceparent = queued.get().traceparent();
		assertThat(TraceParent.traceId(traceparent)).isEqualTo(TRACE_ID);
		assertThat(TraceParent.spanId(traceparent)).isEqualTo(json.path("spanId").asString());
	}

	@Test
	void aPollOfABatchBindingIsOneSpanAndEachRecordTimesItsStage() {
		try (ConfigurableApplicationContext context = tracingOnly()) {
			ConsumedEventObservation observation = context.getBean(ConsumedEventObservation.class);
			AtomicReference<String> inside = new AtomicReference<>();
			Message<List<byte[]>> poll = MessageBuilder.withPayload(List.of(bytes("{}"), bytes("{}"), bytes("{}")))
				.setHeader(ConsumedEventObservation.RECEIVED_TOPIC,
						List.of("report.status.v1", "report.status.v1", "report.status.v1"))
				.setHeader(ConsumedEventObservation.BATCH_HEADERS,
						List.of(recordHeaders(2), recordHeaders(3), Map.of("ce_subject", bytes("R-1"))))
				.build();
			observation.handleBatch(poll.getHeaders(), 3, "onReportStatus", () -> {
				inside.set(TraceParent.current());
				return null;
			});
			Timer stage = context.getBean(MeterRegistry.class)
				.find("iblagh.stage.duration")
				.tag("stage", "report.status.v1/intake-service")
				.timer();
			assertThat(stage).isNotNull();
			// the third record has no CloudEvents time: nothing to measure
			assertThat(stage.count()).isEqualTo(2);
			assertThat(stage.max(java.util.concurrent.TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
			assertThat(inside.get()).isNotNull();
			assertThat(TraceParent.traceId(inside.get())).isNotEqualTo(TRACE_ID);
		}
	}

	private static Map<String, Object> recordHeaders(int secondsAgo) {
		return Map.of("ce_time", bytes(Instant.now().minusSeconds(secondsAgo).toString()), TraceParent.HEADER,
				bytes("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01"));
	}

	@Test
	void outsideAnySpanThereIsNoTraceToCarry() {
		assertThat(TraceParent.current()).isNull();
	}

	private static Message<byte[]> consumed() {
		String body = "{\"reportId\":\"R-2026-000123\",\"reporter\":\"" + PERSONAL + "\"}";
		return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
			.setHeader(TraceParent.HEADER, bytes("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01"))
			.setHeader("ce_subject", bytes("R-2026-000123"))
			.setHeader("ce_time", bytes(Instant.now().minusSeconds(2).toString()))
			.setHeader(ConsumedEventObservation.RECEIVED_TOPIC, "report.submitted.v1")
			.build();
	}

	/** Only Boot's metrics, tracing and this module's observability, as JSON logs. */
	private static ConfigurableApplicationContext tracingOnly() {
		return new SpringApplicationBuilder(TracingOnly.class).web(WebApplicationType.NONE)
			.properties("spring.application.name=evidence-service", "logging.structured.format.console=ecs",
					"management.tracing.sampling.probability=1.0",
					"spring.cloud.stream.bindings.onReportSubmitted-in-0.group=evidence-service",
					"spring.cloud.stream.bindings.onReportStatus-in-0.group=intake-service")
			.run();
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration.class,
			org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration.class,
			org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration.class,
			org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration.class,
			org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration.class,
			org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration.class,
			org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration.class,
			ObservabilityAutoConfiguration.class })
	static class TracingOnly {

	}

}
