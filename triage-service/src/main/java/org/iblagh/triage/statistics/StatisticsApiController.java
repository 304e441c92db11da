package org.iblagh.triage.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iblagh.support.web.ApiException;
import org.iblagh.triage.audit.AuditLog;
import org.iblagh.triage.statistics.FunnelStatistics.Snapshot;
import org.iblagh.triage.statistics.domain.CsvWriter;
import org.iblagh.triage.statistics.domain.PublishedCell;
import org.iblagh.triage.statistics.domain.PublishedFunnel;
import org.iblagh.triage.statistics.domain.Stage;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/statistics} (public JSON) and {@code GET /api/v1/statistics.csv}
 * (analysts and supervisors, audited).
 */
@RestController
class StatisticsApiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final FunnelStatistics statistics;

	private final AuditLog audit;

	private final MessageSource messages;

	StatisticsApiController(FunnelStatistics statistics, AuditLog audit, MessageSource messages) {
		this.statistics = statistics;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StatisticsJson> statistics() {
		Snapshot snapshot = snapshot();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(StatisticsJson.of(snapshot.asOfWeek(), snapshot.published()));
	}

	/**
	 * The cells as CSV, with codes and labels ({@code ?lang=ar|fr|en}). Suppressed like
	 * the public page: an export is a file, and files travel (mail, shared drives,
	 * partners' reports), so what an analyst downloads must be as safe as what the public
	 * sees. Only a supervisor may ask for exact counts ({@code ?suppress=false}), for
	 * internal planning, and that export is audited under its own action code.
	 */
	@GetMapping(path = "/api/v1/statistics.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String suppress,
			@RequestParam(required = false) String lang, Authentication user) {
		boolean exact = parseExact(suppress);
		String action = exact ? "EXPORT_STATISTICS_EXACT" : "EXPORT_STATISTICS";
		if (exact && user.getAuthorities().stream().noneMatch((a) -> "ROLE_SUPERVISOR".equals(a.getAuthority()))) {
			this.audit.record(user.getName(), action, null, "FORBIDDEN", null);
			throw ApiException.forbidden("SUPERVISOR_ONLY", "Only a supervisor may export unsuppressed counts.");
		}
		Snapshot snapshot = snapshot();
		PublishedFunnel funnel = exact ? snapshot.unsuppressed() : snapshot.published();
		String body = csv(funnel, PublicPageLanguage.of(lang));
		this.audit.record(user.getName(), action, null, "OK", snapshot.asOfWeek());
		return ResponseEntity.ok()
			.contentType(CSV)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("iblagh-statistics-" + snapshot.asOfWeek() + (exact ? "-exact" : "") + ".csv")
						.build()
						.toString())
			.body(body);
	}

	private String csv(PublishedFunnel funnel, Locale locale) {
		CsvWriter csv = new CsvWriter();
		List<String> header = new ArrayList<>(List.of("week", "category", "category_label", "region", "region_label"));
		for (Stage stage : Stage.values()) {
			header.add(stage.key());
		}
		header.add("suppressed");
		csv.row(header);
		for (PublishedCell cell : funnel.cells()) {
			List<String> row = new ArrayList<>(List.of(cell.key().week(), cell.key().category(),
					label("category." + cell.key().category(), cell.key().category(), locale), cell.key().region(),
					label("statistics.region." + cell.key().region(), cell.key().region(), locale)));
			for (Stage stage : Stage.values()) {
				Long count = cell.count(stage);
				row.add((count != null) ? count.toString() : "");
			}
			row.add(String.join(";", cell.suppressed().stream().map(Stage::key).toList()));
			csv.row(row);
		}
		return csv.toString();
	}

	private String label(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

	private Snapshot snapshot() {
		return this.statistics.current()
			.orElseThrow(() -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "STATISTICS_NOT_READY",
					"The statistics are being computed; try again in a few seconds.", List.of(), 5L));
	}

	private static boolean parseExact(String suppress) {
		if (suppress == null || suppress.equals("true")) {
			return false;
		}
		if (suppress.equals("false")) {
			return true;
		}
		throw ApiException.badRequest("INVALID_PARAMETER", "suppress must be true or false.");
	}

}
