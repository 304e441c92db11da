package org.iblagh.intake.status;

import java.util.function.Consumer;

import org.iblagh.contracts.InvestigatorMessage;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.intake.report.ConversationMessage;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.StatusEntry;
import org.iblagh.support.messaging.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the citizen-facing history and conversation from the other services' events. Both
 * writes are conditional on the event id, so a replay changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class StatusEventsConfig {

	@Bean
	Consumer<Message<byte[]>> onReportStatus(EventCodec codec, ReportStore store) {
		return (message) -> {
			ReportStatusChanged event = codec.decode(message.getPayload(), ReportStatusChanged.class);
			if (event.status() == null) {
				throw new org.iblagh.support.messaging.MalformedEventException("Status event without a status");
			}
			store.appendStatus(event.reportId(), new StatusEntry(event.status(), event.occurredAt(), event.eventId()));
		};
	}

	@Bean
	Consumer<Message<byte[]>> onInvestigatorMessage(EventCodec codec, ReportStore store) {
		return (message) -> {
			InvestigatorMessage event = codec.decode(message.getPayload(), InvestigatorMessage.class);
			store.appendMessage(event.reportId(), new ConversationMessage(event.messageId(), "INVESTIGATOR",
					event.text(), event.occurredAt(), event.eventId()));
		};
	}

}
