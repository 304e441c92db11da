package org.iblagh.routing.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 parser: comma-separated fields, double-quoted fields may hold commas,
 * line breaks and doubled quotes. Written here because the reference data is the only CSV
 * the service reads and a dependency would weigh more than these lines.
 */
public final class CsvParser {

	private CsvParser() {
	}

	/**
	 * @return the records, each a list of fields; a trailing line break adds no record
	 * @throws IllegalArgumentException when a quoted field is not closed
	 */
	public static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int i = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? 1 : 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.length() == 0) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
					record.add(field.toString());
					records.add(record);
				}
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
			i++;
		}
		if (quoted) {
			throw new IllegalArgumentException("Unclosed quoted field in record " + (records.size() + 1));
		}
		if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
