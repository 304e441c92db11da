package org.iblagh.notification.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.iblagh.contracts.Office;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.ReportTriaged;

/**
 * Turns a routing decision into one referral per addressee, and a P1 assessment into a
 * duty alert.
 */
public final class ReferralFactory {

	private final DeadlinePolicy deadlines;

	private final String evidenceBaseUrl;

	/**
	 * @param evidenceBaseUrl evidence-service's base URL; the export link points there
	 * and is authenticated with the office's own key
	 */
	public ReferralFactory(DeadlinePolicy deadlines, String evidenceBaseUrl) {
		this.deadlines = deadlines;
		this.evidenceBaseUrl = evidenceBaseUrl.endsWith("/")
				? evidenceBaseUrl.substring(0, evidenceBaseUrl.length() - 1) : evidenceBaseUrl;
	}

	/**
	 * The prosecutor's office first, then the police unit; an absent or repeated office
	 * is skipped.
	 */
	public List<Referral> fromRouted(ReportRouted routed, Instant now) {
		List<Referral> referrals = new ArrayList<>();
		add(referrals, routed, routed.prosecutorOffice(), Addressee.PROSECUTOR, now);
		add(referrals, routed, routed.policeUnit(), Addressee.POLICE, now);
		return referrals;
	}

	/** A duty alert for a P1, or nothing for any other priority. */
	public List<Referral> fromTriaged(ReportTriaged triaged, String dutyOfficeId, String dutyOfficeName, Instant now) {
		if (triaged.priority() != Priority.P1) {
			return List.of();
		}
		return List.of(new Referral(ReferralIds.forDuty(triaged.reportId()), triaged.reportId(), dutyOfficeId,
				dutyOfficeName, Addressee.DUTY, 0, triaged.category(), triaged.priority(), null, triaged.place(),
				triaged.summary(), List.of(), List.of(), List.of(), null, List.of(), triaged.occurredAt(), now, null,
				ReferralStatus.NOTIFIED, null, null, null, null));
	}

	public String exportUrl(String reportId) {
		return this.evidenceBaseUrl + "/api/v1/reports/" + reportId + "/export";
	}

	private void add(List<Referral> referrals, ReportRouted routed, Office office, Addressee addressee, Instant now) {
		if (office == null || office.id() == null || office.id().isBlank()) {
			return;
		}
		String referralId = ReferralIds.forOffice(office.id(), routed.reportId());
		if (referrals.stream().anyMatch((r) -> r.referralId().equals(referralId))) {
			return;
		}
		List<EvidenceItem> evidence = routed.evidence()
			.stream()
			.map((e) -> new EvidenceItem(e.evidenceId(), e.fileName(), e.mediaType(), e.size(), e.sha256(), e.md5()))
			.toList();
		referrals.add(new Referral(referralId, routed.reportId(), office.id(), office.name(), addressee, 0,
				routed.category(), routed.priority(), routed.offenceClass(), routed.place(), routed.summary(),
				routed.suggestedOffences(), routed.indicators(), evidence, exportUrl(routed.reportId()), routed.basis(),
				routed.receivedAt(), now, this.deadlines.dueAt(routed.priority(), now), ReferralStatus.NOTIFIED, null,
				null, null, (routed.occurredAt() != null) ? routed.occurredAt() : now));
	}

}
