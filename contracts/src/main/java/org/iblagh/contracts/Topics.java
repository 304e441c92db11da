package org.iblagh.contracts;

/**
 * Kafka topic names: {@code <entity>.<event>.v<major>}, keyed by report id.
 */
public final class Topics {

	public static final String REPORT_SUBMITTED = "report.submitted.v1";

	public static final String REPORT_EVIDENCE_SECURED = "report.evidence-secured.v1";

	public static final String REPORT_TRIAGED = "report.triaged.v1";

	public static final String REPORT_REFERRED = "report.referred.v1";

	public static final String REPORT_ROUTED = "report.routed.v1";

	public static final String REPORT_NOTIFIED = "report.notified.v1";

	public static final String REPORT_STATUS = "report.status.v1";

	public static final String PROSECUTOR_INSTRUCTION = "prosecutor.instruction.v1";

	public static final String REPORTER_MESSAGE = "report.reporter-message.v1";

	public static final String INVESTIGATOR_MESSAGE = "report.investigator-message.v1";

	public static final java.util.List<String> ALL = java.util.List.of(REPORT_SUBMITTED, REPORT_EVIDENCE_SECURED,
			REPORT_TRIAGED, REPORT_REFERRED, REPORT_ROUTED, REPORT_NOTIFIED, REPORT_STATUS, PROSECUTOR_INSTRUCTION,
			REPORTER_MESSAGE, INVESTIGATOR_MESSAGE);

	/**
	 * Which consumer group reads which topic; each pair has its own dead-letter topic.
	 */
	public static final java.util.Map<String, java.util.List<String>> CONSUMERS = java.util.Map.of("evidence-service",
			java.util.List.of(REPORT_SUBMITTED, REPORTER_MESSAGE, REPORT_ROUTED, REPORT_STATUS), "triage-service",
			java.util.List.of(REPORT_EVIDENCE_SECURED, REPORTER_MESSAGE, REPORT_STATUS, PROSECUTOR_INSTRUCTION),
			"routing-service", java.util.List.of(REPORT_REFERRED), "notification-service",
			java.util.List.of(REPORT_ROUTED, REPORT_TRIAGED), "intake-service",
			java.util.List.of(REPORT_STATUS, INVESTIGATOR_MESSAGE));

	private Topics() {
	}

	/**
	 * The Kafka binder's dead-letter naming: {@code error.<topic>.<group>}.
	 */
	public static String deadLetter(String topic, String group) {
		return "error." + topic + "." + group;
	}

}
