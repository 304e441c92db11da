package org.iblagh.triage.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReporterMessage;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.MalformedEventException;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.triage.report.ConversationEntry;
import org.iblagh.triage.report.HistoryEntry;
import org.iblagh.triage.report.Ids;
import org.iblagh.triage.report.InstructionEntry;
import org.iblagh.triage.report.Lifecycle;
import org.iblagh.triage.report.ReportStore;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Records other services' events on the report they concern.
 */
@Service
public class FollowUpRecorder {

	static final String OWN_SOURCE = "triage-service";

	private final ReportStore store;

	private final EventCodec codec;

	private final Clock clock;

	FollowUpRecorder(ReportStore store, EventCodec codec, Clock clock) {
		this.store = store;
		this.codec = codec;
		this.clock = clock;
	}

	/**
	 * A reporter's reply is shown in the report; a report waiting for that reply goes
	 * back under review (and the reporter's follow-up page says so).
	 */
	public void on(ReporterMessage event) {
		ConversationEntry entry = new ConversationEntry(event.messageId(), ConversationEntry.REPORTER, null,
				(event.text() != null) ? event.text() : "", event.evidence().size(), at(event.occurredAt()),
				event.eventId());
		Criteria notSeen = Criteria.where("messages.eventId").ne(event.eventId());
		ReportStatusChanged underReview = new ReportStatusChanged(Ids.eventId(), this.clock.instant(), event.reportId(),
				1, ReportStatus.UNDER_REVIEW, OWN_SOURCE, "REPORTER_REPLIED");
		boolean backToReview = this.store.update(event.reportId(),
				new Criteria().andOperator(notSeen, Criteria.where("status").is(ReportStatus.INFO_REQUESTED)),
				backUnderReview(entry, underReview), List.of(OutboxEntry.of(underReview, this.codec)));
		if (!backToReview) {
			this.store.update(event.reportId(), notSeen, new Update().push("messages", entry), List.of());
		}
	}

	private static Update backUnderReview(ConversationEntry entry, ReportStatusChanged underReview) {
		return new Update().push("messages", entry)
			.set("status", ReportStatus.UNDER_REVIEW)
			.push("history", new HistoryEntry(ReportStatus.UNDER_REVIEW, OWN_SOURCE, underReview.detail(),
					underReview.occurredAt(), underReview.eventId()));
	}

	/**
	 * Other services' statuses join the history, a poll's in one bulk write; from routing
	 * on a status also becomes the console's status (PLACE_NEEDED puts the report back in
	 * the queue).
	 */
	public void onStatuses(List<ReportStatusChanged> events) {
		List<ReportStore.ConditionalUpdate> updates = new ArrayList<>();
		for (ReportStatusChanged event : events) {
			// our own statuses were recorded when published; the steps before triage
			// came with report.evidence-secured (most are skipped undecoded already, see
			// application.yml, but an event without CloudEvents headers gets here)
			if (OWN_SOURCE.equals(event.source()) || Lifecycle.isBeforeTriage(event.status())) {
				continue;
			}
			HistoryEntry entry = new HistoryEntry(event.status(), event.source(), event.detail(),
					at(event.occurredAt()), event.eventId());
			Update update = new Update().push("history", entry);
			if (Lifecycle.movesConsoleStatus(event.status())) {
				update.set("status", event.status());
				if (event.status() == ReportStatus.PLACE_NEEDED) {
					// back to the queue: whoever referred it may no longer be on duty
					update.unset("claimedBy").unset("claimedAt");
				}
			}
			updates.add(new ReportStore.ConditionalUpdate(event.reportId(),
					Criteria.where("history.eventId").ne(event.eventId()), update));
		}
		this.store.updateAll(updates);
	}

	/**
	 * @throws MalformedEventException for a status event the history cannot take
	 */
	public static void checkStatus(ReportStatusChanged event) {
		if (event.status() == null) {
			throw new MalformedEventException("Status event without a status");
		}
	}

	public void on(ProsecutorInstruction event) {
		InstructionEntry entry = new InstructionEntry(event.referralId(), event.officeId(), event.kind(),
				event.decision(), event.text(), at(event.occurredAt()), event.eventId());
		this.store.update(event.reportId(), Criteria.where("instructions.eventId").ne(event.eventId()),
				new Update().push("instructions", entry), List.of());
	}

	private Instant at(Instant occurredAt) {
		return (occurredAt != null) ? occurredAt : this.clock.instant();
	}

}
