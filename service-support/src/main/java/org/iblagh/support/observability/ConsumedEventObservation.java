package org.iblagh.support.observability;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.iblagh.contracts.CloudEventHeaders;
import org.slf4j.MDC;

import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Wraps every Spring Cloud Stream consumer function of a service: it continues the trace
 * of the record ({@code traceparent} header) in a consumer span, so that events the
 * handler puts in its outbox carry the same trace id; puts the report id in the logging
 * context; and records how long the event waited since it happened
 * ({@code iblagh.stage.duration}, from the CloudEvents {@code time}).
 */
public class ConsumedEventObservation extends FunctionAroundWrapper {

	/** MDC key of the report being handled; a report id is not personal data. */
	public static final String REPORT_ID = "reportId";

	static final String RECEIVED_TOPIC = "kafka_receivedTopic";

	static final String BATCH_HEADERS = "kafka_batchConvertedHeaders";

	// a stage spans milliseconds (machine to machine) to days (an investigator's
	// decision): fixed buckets keep the series few
	private static final Duration[] STAGE_BUCKETS = { Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
			Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
			Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
			Duration.ofHours(4), Duration.ofHours(24), Duration.ofHours(72) };

	private static final Propagator.Getter<MessageHeaders> HEADERS = (headers, key) -> text(headers.get(key));

	private final Tracer tracer;

	private final Propagator propagator;

	private final MeterRegistry meters;

	private final Environment environment;

	private final Clock clock;

	private final Map<String, String> groups = new ConcurrentHashMap<>();

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	public ConsumedEventObservation(Tracer tracer, Propagator propagator, MeterRegistry meters, Environment environment,
			Clock clock) {
		this.tracer = tracer;
		this.propagator = propagator;
		this.meters = meters;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	protected Object doApply(Object input, FunctionInvocationWrapper targetFunction) {
		if (!(input instanceof Message<?> message)) {
			return targetFunction.apply(input);
		}
		if (message.getPayload() instanceof List<?> records) {
			return handleBatch(message.getHeaders(), records.size(), targetFunction.getFunctionDefinition(),
					() -> targetFunction.apply(input));
		}
		return handle(message, targetFunction.getFunctionDefinition(), () -> targetFunction.apply(input));
	}

	/**
	 * A poll of a batch-mode binding: one consumer span for the batch (its records belong
	 * to many traces), and each record's stage time.
	 */
	Object handleBatch(MessageHeaders headers, int size, String function, Supplier<Object> handler) {
		String topic = (headers.get(RECEIVED_TOPIC) instanceof List<?> topics && !topics.isEmpty())
				? text(topics.get(0)) : null;
		String group = this.groups.computeIfAbsent(function, this::groupOf);
		Span span = consumer(this.tracer.spanBuilder(), topic, function, group)
			.tag("messaging.batch.message_count", String.valueOf(size))
			.start();
		return within(span, () -> {
			Object result = handler.get();
			if (topic != null && headers.get(BATCH_HEADERS) instanceof List<?> perRecord) {
				for (Object recordHeaders : perRecord) {
					if (recordHeaders instanceof Map<?, ?> map) {
						recordStage(text(map.get(CloudEventHeaders.TIME)), topic, group);
					}
				}
			}
			return result;
		});
	}

	/**
	 * Runs one handling of a consumed message inside its consumer span and logging
	 * context.
	 * @param function the consumer function's name (its binding is
	 * {@code <function>-in-0})
	 */
	public Object handle(Message<?> message, String function, Supplier<Object> handler) {
		MessageHeaders headers = message.getHeaders();
		String topic = text(headers.get(RECEIVED_TOPIC));
		String group = this.groups.computeIfAbsent(function, this::groupOf);
		Span span = consumer(this.propagator.extract(headers, HEADERS), topic, function, group).start();
		String reportId = text(headers.get(CloudEventHeaders.SUBJECT));
		return within(span, () -> {
			try (MDC.MDCCloseable mdc = (reportId != null) ? MDC.putCloseable(REPORT_ID, reportId) : null) {
				Object result = handler.get();
				recordStage(text(headers.get(CloudEventHeaders.TIME)), topic, group);
				return result;
			}
		});
	}

	private static Span.Builder consumer(Span.Builder builder, String topic, String function, String group) {
		return builder.kind(Span.Kind.CONSUMER)
			.name("consume " + ((topic != null) ? topic : function))
			.tag("messaging.system", "kafka")
			.tag("messaging.destination.name", (topic != null) ? topic : "")
			.tag("messaging.consumer.group.name", group);
	}

	private Object within(Span span, Supplier<Object> body) {
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			return body.get();
		}
		catch (RuntimeException | Error ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

	private void recordStage(String time, String topic, String group) {
		if (time == null || topic == null) {
			return;
		}
		try {
			Duration waited = Duration.between(Instant.parse(time), this.clock.instant());
			if (!waited.isNegative()) {
				timer(topic, group).record(waited);
			}
		}
		catch (DateTimeParseException ex) {
			// a foreign record without a CloudEvents time: nothing to measure
		}
	}

	private Timer timer(String topic, String group) {
		return this.timers.computeIfAbsent(topic + "/" + group,
				(stage) -> Timer.builder("iblagh.stage.duration")
					.description("Time from an event's CloudEvents time to its handling by a consumer group")
					.tag("stage", stage)
					.tag("topic", topic)
					.tag("group", group)
					.serviceLevelObjectives(STAGE_BUCKETS)
					.register(this.meters));
	}

	private String groupOf(String function) {
		return this.environment.getProperty("spring.cloud.stream.bindings." + function + "-in-0.group",
				this.environment.getProperty("spring.application.name", "unknown"));
	}

	private static String text(Object value) {
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

}
