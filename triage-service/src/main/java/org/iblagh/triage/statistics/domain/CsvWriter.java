package org.iblagh.triage.statistics.domain;

import java.util.List;
import java.util.Set;

/**
 * RFC 4180 CSV: fields with a comma, a quote or a line break are quoted, quotes doubled,
 * lines end with CRLF. A field a spreadsheet would read as a formula (starting with
 * {@code = + - @}, or a tab or carriage return that some spreadsheets skip before one)
 * gets a leading apostrophe, so opening the export never runs anything.
 */
public final class CsvWriter {

	private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

	private final StringBuilder out = new StringBuilder();

	public CsvWriter row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(field(fields.get(i)));
		}
		this.out.append("\r\n");
		return this;
	}

	static String field(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = FORMULA_STARTS.contains(value.charAt(0)) ? "'" + value : value;
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
