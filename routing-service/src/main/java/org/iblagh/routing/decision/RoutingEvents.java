package org.iblagh.routing.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.iblagh.contracts.Office;
import org.iblagh.contracts.ReportReferred;
import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.RoutingBasis;
import org.iblagh.routing.jurisdiction.Basis;
import org.iblagh.routing.jurisdiction.JurisdictionQuery;
import org.iblagh.routing.jurisdiction.OfficeRef;

/**
 * Maps a referral and a routing answer to the integration events routing publishes. Plain
 * Java: what leaves the service is decided here, not in the adapters.
 */
public final class RoutingEvents {

	public static final String SOURCE = "routing-service";

	private RoutingEvents() {
	}

	/**
	 * The rules of the date the report was received (the referral carries no date of
	 * facts).
	 */
	public static LocalDate lawDate(ReportReferred referral) {
		Instant at = (referral.receivedAt() != null) ? referral.receivedAt() : referral.occurredAt();
		return (at != null) ? LocalDate.ofInstant(at, ZoneOffset.UTC) : LocalDate.now(ZoneOffset.UTC);
	}

	public static JurisdictionQuery query(ReportReferred referral) {
		String city = (referral.place() != null) ? referral.place().city() : null;
		String province = (referral.place() != null) ? referral.place().province() : null;
		return new JurisdictionQuery(city, province, referral.category(), referral.offenceClass(), lawDate(referral));
	}

	/** The referral's fields, plus where it goes and why. */
	public static ReportRouted routed(ReportReferred referral, OfficeRef policeUnit, OfficeRef prosecutorOffice,
			org.iblagh.contracts.OffenceClass offenceClass, List<Basis> basis, Instant now) {
		return new ReportRouted(newId(), now, referral.reportId(), 1, referral.category(), referral.priority(),
				offenceClass, referral.place(), referral.summary(), referral.suggestedOffences(), referral.indicators(),
				referral.evidence(), office(policeUnit), office(prosecutorOffice),
				basis.stream().map((b) -> new RoutingBasis(b.rule(), b.detail(), b.source(), b.verified())).toList(),
				referral.receivedAt());
	}

	public static ReportStatusChanged status(String reportId, ReportStatus status, String detail, Instant now) {
		return new ReportStatusChanged(newId(), now, reportId, 1, status, SOURCE, detail);
	}

	private static Office office(OfficeRef ref) {
		return new Office(ref.id(), ref.name(), ref.level(), ref.court());
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
