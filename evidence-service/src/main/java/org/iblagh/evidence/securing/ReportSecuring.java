package org.iblagh.evidence.securing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.iblagh.contracts.EvidenceSecured;
import org.iblagh.contracts.ReportContent;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReportSubmitted;
import org.iblagh.contracts.ReporterMessage;
import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.evidence.item.EvidenceItem;
import org.iblagh.evidence.item.ItemStore;
import org.iblagh.evidence.item.ReportState;
import org.iblagh.evidence.item.ReportStore;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxEntry;

/**
 * Secures the files of a submitted report (or of a reporter's late message) and publishes
 * {@code EvidenceSecured} with every file of the report so far, through the outbox.
 * Idempotent: an event already recorded changes nothing.
 */
public class ReportSecuring {

	private static final int MAX_ATTEMPTS = 10;

	private final FileSecurer files;

	private final ItemStore items;

	private final ReportStore reports;

	private final EventCodec codec;

	private final Clock clock;

	public ReportSecuring(FileSecurer files, ItemStore items, ReportStore reports, EventCodec codec, Clock clock) {
		this.files = files;
		this.items = items;
		this.reports = reports;
		this.codec = codec;
		this.clock = clock;
	}

	public void on(ReportSubmitted event) {
		secure(event.eventId(), event.reportId(), event.content(), event.evidence(), true);
	}

	public void on(ReporterMessage event) {
		if (event.evidence().isEmpty()) {
			return;
		}
		secure(event.eventId(), event.reportId(), null, event.evidence(), false);
	}

	private void secure(String eventId, String reportId, ReportContent submittedContent,
			List<SubmittedEvidence> evidence, boolean submission) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			ReportState seen = this.reports.find(reportId).orElse(null);
			if (seen != null && seen.processed(eventId)) {
				return;
			}
			List<String> securedIds = new ArrayList<>();
			for (SubmittedEvidence file : evidence) {
				securedIds.add(this.files.secure(reportId, file).evidenceId());
			}
			ReportContent content = (submittedContent != null) ? submittedContent : storedContent(seen);
			Instant now = this.clock.instant();
			List<OutboxEntry> events = new ArrayList<>();
			if (content != null) {
				List<EvidenceItem> all = this.items.findByReport(reportId);
				events.add(OutboxEntry.of(new EvidenceSecured(UUID.randomUUID().toString(), now, reportId, 1, content,
						all.stream().map(EvidenceItem::toContract).toList()), this.codec));
			}
			if (submission) {
				events.add(OutboxEntry.of(new ReportStatusChanged(UUID.randomUUID().toString(), now, reportId, 1,
						ReportStatus.EVIDENCE_SECURED, FileSecurer.ACTOR, null), this.codec));
			}
			String contentJson = (submittedContent != null) ? this.codec.mapper().writeValueAsString(submittedContent)
					: null;
			if (this.reports.recordSecured(seen, reportId, contentJson, securedIds, eventId, events, now)) {
				return;
			}
		}
		throw new IllegalStateException("Report " + reportId + " kept changing while its evidence was secured");
	}

	private ReportContent storedContent(ReportState seen) {
		if (seen == null || seen.contentJson() == null) {
			// the submission is not secured yet; when it is, its event carries this
			// evidence too, since it lists every item of the report
			return null;
		}
		return this.codec.mapper().readValue(seen.contentJson(), ReportContent.class);
	}

}
