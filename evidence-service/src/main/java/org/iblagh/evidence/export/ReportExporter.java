package org.iblagh.evidence.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.iblagh.evidence.custody.CustodyAction;
import org.iblagh.evidence.custody.CustodyEntry;
import org.iblagh.evidence.custody.Details;
import org.iblagh.evidence.item.CustodyLog;
import org.iblagh.evidence.item.EvidenceItem;
import org.iblagh.evidence.item.ItemStore;
import org.iblagh.evidence.storage.EvidenceStore;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The package for a prosecutor: the original files, a manifest (names, sizes, hashes,
 * media types, custody log) and the manifest's own SHA-256, so the recipient can check
 * both the files and the manifest. Files are streamed into the ZIP, never held whole.
 */
public class ReportExporter {

	private final ItemStore items;

	private final CustodyLog custody;

	private final EvidenceStore store;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public ReportExporter(ItemStore items, CustodyLog custody, EvidenceStore store, Clock clock) {
		this.items = items;
		this.custody = custody;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Records EXPORTED for every item and prepares the manifest; the files are read when
	 * the export is written.
	 */
	public Export prepare(String reportId, String actor) {
		List<EvidenceItem> stored = this.items.findByReport(reportId).stream().filter(EvidenceItem::stored).toList();
		List<Map<String, Object>> files = new ArrayList<>();
		for (EvidenceItem item : stored) {
			this.custody.append(item.evidenceId(), CustodyAction.EXPORTED, actor, Details.of("reportId", reportId));
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("evidenceId", item.evidenceId());
			file.put("path", pathOf(item));
			file.put("fileName", item.fileName());
			file.put("size", item.size());
			file.put("sha256", item.sha256());
			file.put("md5", item.md5());
			file.put("mediaType", item.mediaType());
			file.put("declaredMediaType", item.declaredMediaType());
			file.put("pdq", item.pdq());
			file.put("flags", item.flags());
			List<Map<String, Object>> log = new ArrayList<>();
			for (CustodyEntry e : this.custody.entries(item.evidenceId())) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("sequence", e.sequence());
				entry.put("action", (e.action() != null) ? e.action().name() : null);
				entry.put("actor", e.actor());
				entry.put("at", (e.at() != null) ? e.at().toString() : null);
				entry.put("detail", e.detail());
				entry.put("previousHash", e.previousHash());
				entry.put("hash", e.hash());
				log.add(entry);
			}
			file.put("custody", log);
			files.add(file);
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("reportId", reportId);
		manifest.put("exportedAt", this.clock.instant().toString());
		manifest.put("exportedBy", actor);
		manifest.put("files", files);
		byte[] bytes = this.json.writeValueAsBytes(manifest);
		return new Export(reportId, stored, bytes, sha256(bytes));
	}

	public void write(Export export, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (EvidenceItem item : export.items()) {
				zip.putNextEntry(new ZipEntry(pathOf(item)));
				try (InputStream in = this.store.open(item.bucket(), item.objectKey())) {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("manifest.json"));
			zip.write(export.manifest());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("manifest.json.sha256"));
			zip.write((export.manifestSha256() + "  manifest.json\n").getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
	}

	static String pathOf(EvidenceItem item) {
		String name = (item.fileName() != null) ? item.fileName() : "file";
		// no folders or odd characters from a citizen's file name inside the archive
		String safe = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		if (safe.length() > 100) {
			safe = safe.substring(safe.length() - 100);
		}
		return "evidence/" + item.evidenceId() + "-" + safe;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A prepared export: what goes in and the manifest with its hash. */
	public record Export(String reportId, List<EvidenceItem> items, byte[] manifest, String manifestSha256) {
	}

}
