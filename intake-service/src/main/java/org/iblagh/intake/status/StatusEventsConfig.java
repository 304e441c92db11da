package org.iblagh.intake.status;

import java.util.List;
import java.util.function.Consumer;

import org.iblagh.contracts.InvestigatorMessage;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.intake.mail.StatusMailer;
import org.iblagh.intake.report.ConversationMessage;
import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.ReportStatusStep;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.StatusEntry;
import org.iblagh.support.messaging.EventBatchReader;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.MalformedEventException;
import org.iblagh.support.messaging.PolledBatch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the citizen-facing history and conversation from the other services' events. Both
 * writes are conditional on the event id, so a replay changes nothing (and sends no
 * second e-mail).
 */
@Configuration(proxyBeanMethods = false)
class StatusEventsConfig {

	/**
	 * A batch binding (application.yml): the statuses of a poll cost one bulk write, not
	 * one write each. Only when e-mails can go out does a read first find which are new.
	 */
	@Bean
	Consumer<Message<List<byte[]>>> onReportStatus(EventBatchReader reader, ReportStore store, StatusMailer mailer) {
		return (message) -> {
			List<ReportStatusStep> steps = reader
				.read(PolledBatch.of(message), "onReportStatus", ReportStatusChanged.class, (event) -> {
					if (event.status() == null || event.occurredAt() == null) {
						throw new MalformedEventException("Status event without a status or a time");
					}
				})
				.stream()
				.map((event) -> new ReportStatusStep(event.reportId(),
						new StatusEntry(event.status(), event.occurredAt(), event.eventId())))
				.toList();
			boolean mails = mailer.active();
			List<ReportStatusStep> fresh = reader.write(() -> {
				List<ReportStatusStep> unseen = mails ? store.notYetRecorded(steps) : steps;
				store.appendStatuses(unseen);
				return unseen;
			});
			if (mails) {
				fresh.forEach((step) -> mailer.statusChanged(step.reportId(), step.entry().status()));
			}
		};
	}

	@Bean
	Consumer<Message<byte[]>> onInvestigatorMessage(EventCodec codec, ReportStore store, ReportSealer sealer) {
		return (message) -> {
			InvestigatorMessage event = codec.decode(message.getPayload(), InvestigatorMessage.class);
			if (event.reportId() == null || event.messageId() == null || event.text() == null) {
				throw new MalformedEventException("Investigator message without a report, an id or a text");
			}
			store.appendMessage(event.reportId(),
					new ConversationMessage(event.messageId(), "INVESTIGATOR",
							sealer.sealMessage(event.reportId(), event.messageId(), event.text()), event.occurredAt(),
							event.eventId(), null));
		};
	}

}
