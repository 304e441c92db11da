package org.iblagh.contracts;

import java.util.Map;

/**
 * The CloudEvents {@code type} of each event: a stable logical name, never a Java class
 * name.
 */
public final class EventTypes {

	private static final Map<Class<?>, String> TYPES = Map.of(ReportSubmitted.class, "org.iblagh.report.submitted.v1",
			EvidenceSecured.class, "org.iblagh.report.evidence-secured.v1", ReportTriaged.class,
			"org.iblagh.report.triaged.v1", ReportReferred.class, "org.iblagh.report.referred.v1", ReportRouted.class,
			"org.iblagh.report.routed.v1", ReportNotified.class, "org.iblagh.report.notified.v1",
			ReportStatusChanged.class, "org.iblagh.report.status.v1", ProsecutorInstruction.class,
			"org.iblagh.prosecutor.instruction.v1", ReporterMessage.class, "org.iblagh.report.reporter-message.v1",
			InvestigatorMessage.class, "org.iblagh.report.investigator-message.v1");

	private static final Map<Class<?>, String> EVENT_TOPICS = Map.of(ReportSubmitted.class, Topics.REPORT_SUBMITTED,
			EvidenceSecured.class, Topics.REPORT_EVIDENCE_SECURED, ReportTriaged.class, Topics.REPORT_TRIAGED,
			ReportReferred.class, Topics.REPORT_REFERRED, ReportRouted.class, Topics.REPORT_ROUTED,
			ReportNotified.class, Topics.REPORT_NOTIFIED, ReportStatusChanged.class, Topics.REPORT_STATUS,
			ProsecutorInstruction.class, Topics.PROSECUTOR_INSTRUCTION, ReporterMessage.class, Topics.REPORTER_MESSAGE,
			InvestigatorMessage.class, Topics.INVESTIGATOR_MESSAGE);

	private EventTypes() {
	}

	public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
		String type = TYPES.get(eventClass);
		if (type == null) {
			throw new IllegalArgumentException("Not an integration event: " + eventClass.getName());
		}
		return type;
	}

	public static String topicOf(Class<? extends IntegrationEvent> eventClass) {
		String topic = EVENT_TOPICS.get(eventClass);
		if (topic == null) {
			throw new IllegalArgumentException("Not an integration event: " + eventClass.getName());
		}
		return topic;
	}

	public static Map<Class<?>, String> all() {
		return TYPES;
	}

}
