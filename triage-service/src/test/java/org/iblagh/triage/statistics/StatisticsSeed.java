package org.iblagh.triage.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.ContentLocation;
import org.iblagh.contracts.EvidenceSecured;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportContent;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReporterRef;
import org.iblagh.contracts.SuspectIdentifier;
import org.iblagh.contracts.Topics;
import org.iblagh.triage.TriageFixture;
import org.iblagh.triage.statistics.domain.CellKey;
import org.iblagh.triage.statistics.domain.FunnelTable;
import org.iblagh.triage.statistics.domain.IsoWeeks;
import org.iblagh.triage.statistics.domain.RegionTable;
import org.iblagh.triage.statistics.domain.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real events through the running triage service, once per test JVM, for a week two weeks
 * back (the other tests' reports are all in the current week), all about drugs:
 * <ul>
 * <li>Tanger (region 01): 12 received, 12 triaged, 10 referred, 3 acknowledged (one of
 * them only through an instruction; one report placed in Fès by the citizen and moved to
 * Tanger by the investigator's correction);</li>
 * <li>Fès (region 03): 3 received and dismissed;</li>
 * <li>no place (UNKNOWN): 1 received and dismissed.</li>
 * </ul>
 * Every report is decided, so none stays in the queue another test works on.
 */
final class StatisticsSeed {

	static final String CATEGORY = "DRUGS";

	static final String WEEK = IsoWeeks.of(Instant.now().minus(Duration.ofDays(14)));

	static final CellKey TANGER = new CellKey(WEEK, CATEGORY, "01");

	static final CellKey FES = new CellKey(WEEK, CATEGORY, "03");

	static final CellKey NOWHERE = new CellKey(WEEK, CATEGORY, RegionTable.UNKNOWN);

	static final List<String> REPORT_IDS = new ArrayList<>();

	private static boolean seeded;

	private StatisticsSeed() {
	}

	static synchronized FunnelStatistics seedOnce(TriageFixture fx) throws Exception {
		FunnelStatistics statistics = fx.app.getBean(FunnelStatistics.class);
		if (seeded) {
			return statistics;
		}
		List<String> tanger = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			tanger.add(report(fx, new Place("Tanger", null)));
		}
		String movedToTanger = report(fx, new Place("Fès", null));
		List<String> fes = List.of(report(fx, new Place("فاس", null)), report(fx, new Place("Fes", null)),
				report(fx, new Place(null, "Fès")));
		String nowhere = report(fx, null);
		for (String id : REPORT_IDS) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> fx.get("/api/v1/reports/" + id, TriageFixture.ANALYST).statusCode() == 200);
			assertThat(fx.json(fx.get("/api/v1/reports/" + id, TriageFixture.ANALYST)).get("category").asString())
				.isEqualTo(CATEGORY);
		}
		for (String id : tanger.subList(0, 9)) {
			decide(fx, id, "{\"action\":\"REFER\"}");
		}
		decide(fx, movedToTanger, "{\"action\":\"REFER\",\"place\":{\"city\":\"Tanger\"}}");
		for (String id : List.of(tanger.get(9), tanger.get(10), fes.get(0), fes.get(1), fes.get(2), nowhere)) {
			decide(fx, id, "{\"action\":\"DISMISS\",\"reason\":\"Not illegal\"}");
		}
		for (String id : tanger.subList(0, 2)) {
			fx.publish(Topics.REPORT_STATUS, new ReportStatusChanged(UUID.randomUUID().toString(), Instant.now(), id, 1,
					ReportStatus.ACKNOWLEDGED, "notification-service", "TPI-TANGER"));
		}
		fx.publish(Topics.PROSECUTOR_INSTRUCTION,
				new ProsecutorInstruction(UUID.randomUUID().toString(), Instant.now(), tanger.get(2), 1, "REF-S1",
						"TPI-TANGER", "INSTRUCTED", "OPEN_INVESTIGATION", "Ouvrir une enquête", false));
		// the exact table is the refresher's own input: wait until every event is applied
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			FunnelTable exact = statistics.refresh().exact();
			return counts(exact, TANGER).equals(List.of(12L, 12L, 10L, 3L))
					&& counts(exact, FES).equals(List.of(3L, 3L, 0L, 0L))
					&& counts(exact, NOWHERE).equals(List.of(1L, 1L, 0L, 0L));
		});
		seeded = true;
		return statistics;
	}

	static List<Long> counts(FunnelTable table, CellKey key) {
		List<Long> counts = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			counts.add(table.count(key, stage));
		}
		return counts;
	}

	private static String report(TriageFixture fx, Place place) throws Exception {
		String reportId = TriageFixture.newReportId();
		String phone = "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
		ReportContent content = new ReportContent(Category.DRUGS,
				"Un compte vend du cannabis et des comprimés psychotropes avec livraison à domicile", "fr", null,
				List.of(new ContentLocation("https://instagram.com/" + reportId.toLowerCase(), "INSTAGRAM")),
				List.of(new SuspectIdentifier("PHONE", phone)), place, new ReporterRef(true, null),
				Instant.now().minus(Duration.ofDays(14)));
		fx.publish(Topics.REPORT_EVIDENCE_SECURED,
				new EvidenceSecured(UUID.randomUUID().toString(), Instant.now(), reportId, 1, content, List.of()));
		REPORT_IDS.add(reportId);
		return reportId;
	}

	private static void decide(TriageFixture fx, String reportId, String body) throws Exception {
		assertThat(fx.post("/api/v1/reports/" + reportId + "/decision", body, TriageFixture.ANALYST).statusCode())
			.isEqualTo(202);
	}

}
