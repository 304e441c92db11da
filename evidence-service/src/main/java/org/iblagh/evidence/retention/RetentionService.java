package org.iblagh.evidence.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.iblagh.evidence.custody.CustodyAction;
import org.iblagh.evidence.custody.Details;
import org.iblagh.evidence.inspection.RetentionPolicy;
import org.iblagh.evidence.item.CustodyLog;
import org.iblagh.evidence.item.EvidenceItem;
import org.iblagh.evidence.item.ItemStore;
import org.iblagh.evidence.item.ReportState;
import org.iblagh.evidence.item.ReportStore;
import org.iblagh.evidence.storage.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Who may export a report (the offices it was routed to), how long its evidence is kept,
 * legal holds, and the deletion of evidence whose time has come (a custody entry too).
 */
public class RetentionService {

	private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

	private final ReportStore reports;

	private final ItemStore items;

	private final CustodyLog custody;

	private final EvidenceStore store;

	private final RetentionPolicy policy;

	private final Clock clock;

	public RetentionService(ReportStore reports, ItemStore items, CustodyLog custody, EvidenceStore store,
			RetentionPolicy policy, Clock clock) {
		this.reports = reports;
		this.items = items;
		this.custody = custody;
		this.store = store;
		this.policy = policy;
		this.clock = clock;
	}

	/** The offices of the latest routing ({@code routedAt}) may export the report. */
	public void routedTo(String reportId, List<String> officeIds, Instant routedAt) {
		this.reports.routedTo(reportId, officeIds, routedAt, this.clock.instant());
	}

	public void lifecycle(String reportId, String lifecycle, Instant at) {
		ReportState state = this.reports.find(reportId).orElse(null);
		boolean hold = state != null && state.legalHold();
		Instant created = (state != null) ? state.createdAt() : null;
		this.reports.setLifecycle(reportId, lifecycle, at, this.policy.deletableFrom(lifecycle, at, hold, created),
				this.clock.instant());
	}

	/**
	 * Sets or lifts a report's legal hold; a change is recorded in the custody chain of
	 * each of its items, with who made it.
	 * @return false when the report is unknown
	 */
	public boolean legalHold(String reportId, boolean hold, String actor) {
		return this.reports.find(reportId).map((state) -> {
			Instant deleteAfter = this.policy.deletableFrom(state.lifecycle(), state.lifecycleAt(), hold,
					state.createdAt());
			this.reports.setLegalHold(reportId, hold, deleteAfter);
			if (state.legalHold() != hold) {
				for (EvidenceItem item : this.items.findByReport(reportId)) {
					this.custody.append(item.evidenceId(), CustodyAction.LEGAL_HOLD, actor,
							Details.of("hold", String.valueOf(hold)));
				}
			}
			return true;
		}).orElse(false);
	}

	@Scheduled(fixedDelayString = "${iblagh.evidence.retention-sweep:PT1H}", initialDelayString = "PT1M")
	public void sweep() {
		try {
			purgeDue();
		}
		catch (RuntimeException ex) {
			log.warn("Retention sweep failed, will retry: {}", ex.toString());
		}
	}

	/** Deletes the evidence of every report whose retention has ended. */
	public int purgeDue() {
		int purged = 0;
		Instant now = this.clock.instant();
		for (ReportState report : this.reports.dueForDeletion(now)) {
			for (EvidenceItem item : this.items.findByReport(report.reportId())) {
				if (!item.stored()) {
					continue;
				}
				this.store.deleteEvidence(item.objectKey(), report.deleteAfter());
				if (item.previewKey() != null) {
					this.store.deleteDerived(item.previewKey());
				}
				if (item.thumbnailKey() != null) {
					this.store.deleteDerived(item.thumbnailKey());
				}
				this.custody.append(item.evidenceId(), CustodyAction.DELETED, "retention",
						Details.of("reason", report.lifecycle(), "key", item.objectKey()));
				this.items.markDeleted(item.evidenceId(), now);
				purged++;
			}
			this.reports.markPurged(report.reportId(), now);
		}
		return purged;
	}

}
