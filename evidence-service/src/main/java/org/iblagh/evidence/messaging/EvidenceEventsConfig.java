package org.iblagh.evidence.messaging;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.iblagh.contracts.Office;
import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReportSubmitted;
import org.iblagh.contracts.ReporterMessage;
import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.evidence.retention.RetentionService;
import org.iblagh.evidence.securing.ReportSecuring;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.MalformedEventException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The four inputs of evidence-service. A malformed event is rejected here (bounded
 * retries, then its dead-letter topic); storage outages are not the event's fault and are
 * handled by {@link ConsumerErrorHandling}.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceEventsConfig {

	@Bean
	Consumer<Message<byte[]>> onReportSubmitted(EventCodec codec, ReportSecuring securing) {
		return (message) -> {
			ReportSubmitted event = codec.decode(message.getPayload(), ReportSubmitted.class);
			if (event.content() == null) {
				throw new MalformedEventException("ReportSubmitted without content");
			}
			event.evidence().forEach(EvidenceEventsConfig::requireWellFormed);
			securing.on(event);
		};
	}

	@Bean
	Consumer<Message<byte[]>> onReporterMessage(EventCodec codec, ReportSecuring securing) {
		return (message) -> {
			ReporterMessage event = codec.decode(message.getPayload(), ReporterMessage.class);
			event.evidence().forEach(EvidenceEventsConfig::requireWellFormed);
			securing.on(event);
		};
	}

	@Bean
	Consumer<Message<byte[]>> onReportRouted(EventCodec codec, RetentionService retention) {
		return (message) -> {
			ReportRouted event = codec.decode(message.getPayload(), ReportRouted.class);
			List<String> offices = java.util.stream.Stream.of(event.prosecutorOffice(), event.policeUnit())
				.filter(java.util.Objects::nonNull)
				.map(Office::id)
				.filter(java.util.Objects::nonNull)
				.toList();
			if (offices.isEmpty()) {
				throw new MalformedEventException("ReportRouted without any office");
			}
			retention.routedTo(event.reportId(), offices,
					(event.occurredAt() != null) ? event.occurredAt() : java.time.Instant.now());
		};
	}

	@Bean
	Consumer<Message<byte[]>> onReportStatus(EventCodec codec, RetentionService retention) {
		return (message) -> {
			ReportStatusChanged event = codec.decode(message.getPayload(), ReportStatusChanged.class);
			if (event.status() == null) {
				throw new MalformedEventException("Status event without a status");
			}
			if (Set.of(org.iblagh.contracts.ReportStatus.DISMISSED, org.iblagh.contracts.ReportStatus.CLOSED)
				.contains(event.status())) {
				retention.lifecycle(event.reportId(), event.status().name(), event.occurredAt());
			}
		};
	}

	private static void requireWellFormed(SubmittedEvidence file) {
		if (file == null || file.evidenceId() == null || file.evidenceId().isBlank()
				|| !file.evidenceId().matches("[A-Za-z0-9._-]{1,100}")) {
			throw new MalformedEventException("Evidence without a usable evidenceId");
		}
	}

}
