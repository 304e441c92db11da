package org.iblagh.intake.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.iblagh.intake.report.ReportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Law 09-08: personal data is kept no longer than needed. The personal data of a report
 * dismissed longer ago than the retention period is erased (identity, description,
 * conversation, suspects' identifiers); the receipt still shows that it was closed.
 */
public class DismissedReportEraser {

	private static final Logger log = LoggerFactory.getLogger(DismissedReportEraser.class);

	private final ReportStore store;

	private final Duration retention;

	private final Clock clock;

	public DismissedReportEraser(ReportStore store, Duration retention, Clock clock) {
		this.store = store;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * @return how many reports were erased
	 */
	public int eraseDue() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.retention);
		int erased = 0;
		for (String reportId : this.store.dismissedBefore(cutoff, 500)) {
			if (this.store.erasePersonalData(reportId, cutoff, now)) {
				erased++;
			}
		}
		if (erased > 0) {
			log.info("Erased the personal data of {} dismissed report(s)", erased);
		}
		return erased;
	}

}
