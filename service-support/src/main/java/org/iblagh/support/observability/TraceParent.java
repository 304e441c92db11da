package org.iblagh.support.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C Trace Context {@code traceparent} of the span current on this thread.
 *
 * <p>
 * Read statically (not through an injected tracer) because outbox entries are built in
 * plain factory methods; Micrometer Tracing's OpenTelemetry bridge keeps its current span
 * in the OpenTelemetry context read here.
 */
public final class TraceParent {

	/** The Kafka header (and HTTP header) that carries the context. */
	public static final String HEADER = "traceparent";

	private TraceParent() {
	}

	/**
	 * @return {@code 00-<trace id>-<span id>-<flags>}, or null when no valid span is
	 * current (no tracing, or a thread outside any request or event)
	 */
	public static String current() {
		SpanContext context = Span.current().getSpanContext();
		if (!context.isValid()) {
			return null;
		}
		return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
	}

	/** The 32-hex-digit trace id of a traceparent value, or null if it is malformed. */
	public static String traceId(String traceparent) {
		String[] parts = (traceparent != null) ? traceparent.split("-") : new String[0];
		return (parts.length == 4 && parts[1].length() == 32) ? parts[1] : null;
	}

	/** The 16-hex-digit parent span id of a traceparent value, or null if malformed. */
	public static String spanId(String traceparent) {
		String[] parts = (traceparent != null) ? traceparent.split("-") : new String[0];
		return (parts.length == 4 && parts[2].length() == 16) ? parts[2] : null;
	}

}
