package org.iblagh.intake.reveal;

import java.time.Clock;
import java.util.UUID;

import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.ReporterIdentity;
import org.iblagh.intake.report.StoredReport;
import org.iblagh.support.web.ApiException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Reveals an identified reporter's contact to an investigator. The audit record (who,
 * when, why, which report) is written before the contact is opened: a reveal that could
 * not be audited does not happen.
 */
@Service
public class ReporterReveal {

	static final int MIN_REASON = 10;

	static final int MAX_REASON = 500;

	private final ReportStore store;

	private final ReportSealer sealer;

	private final MongoTemplate mongo;

	private final Clock clock;

	ReporterReveal(ReportStore store, ReportSealer sealer, MongoTemplate mongo, Clock clock) {
		this.store = store;
		this.sealer = sealer;
		this.mongo = mongo;
		this.clock = clock;
	}

	public Contact reveal(String reporterRef, String reason, String investigator) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
			throw ApiException.invalid(java.util.List.of(new ApiException.FieldProblem("reason", "REQUIRED",
					"Say why you need this contact (" + MIN_REASON + " to " + MAX_REASON + " characters).")));
		}
		StoredReport report = this.store.findByReporterRef(reporterRef)
			.filter((r) -> r.identity() != null)
			.orElseThrow(() -> ApiException.notFound("REPORTER_UNKNOWN", "No identified reporter has this reference."));
		this.mongo.insert(new RevealAudit(UUID.randomUUID().toString(), reporterRef, report.id(), investigator, why,
				this.clock.instant()));
		ReporterIdentity identity = this.sealer.open(report.id(), report.identity());
		return new Contact(reporterRef, report.id(), identity.fullName(), identity.nationalId(), identity.phone(),
				identity.email(), identity.city());
	}

	/** What an investigator gets: the contact, and the report it belongs to. */
	public record Contact(String reporterRef, String reportId, String fullName, String nationalId, String phone,
			String email, String city) {
	}

}
