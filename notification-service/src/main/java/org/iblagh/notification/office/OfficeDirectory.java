package org.iblagh.notification.office;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every office of {@code shared/data/morocco} (courts of appeal, first-instance courts,
 * police units) plus the duty desk, copied into this service's resources so it needs no
 * other service to start.
 */
public final class OfficeDirectory {

	public static final String DUTY = "DUTY";

	private final Map<String, KnownOffice> offices;

	public OfficeDirectory(Collection<KnownOffice> offices) {
		Map<String, KnownOffice> byId = new LinkedHashMap<>();
		offices.forEach((o) -> byId.put(o.id(), o));
		this.offices = Map.copyOf(byId);
	}

	/**
	 * The bundled list ({@code offices.csv}: id,kind,name_fr,name_ar; no quoted fields).
	 */
	public static OfficeDirectory bundled() {
		try (InputStream in = OfficeDirectory.class.getResourceAsStream("offices.csv")) {
			if (in == null) {
				throw new IllegalStateException("offices.csv is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			java.util.List<KnownOffice> offices = new java.util.ArrayList<>();
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				offices.add(new KnownOffice(cells[0].trim(), cells[1].trim(), cells[2].trim(),
						(cells.length > 3) ? cells[3].trim() : ""));
			}
			return new OfficeDirectory(offices);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<KnownOffice> find(String officeId) {
		return Optional.ofNullable((officeId != null) ? this.offices.get(officeId) : null);
	}

	public boolean isKnown(String officeId) {
		return officeId != null && this.offices.containsKey(officeId);
	}

	public Collection<KnownOffice> all() {
		return this.offices.values();
	}

}
