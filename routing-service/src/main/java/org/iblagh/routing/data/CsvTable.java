package org.iblagh.routing.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A CSV resource with a header row, read by column name so that a renamed or missing
 * column fails at start-up instead of shifting values silently.
 */
public final class CsvTable {

	private final String name;

	private final Map<String, Integer> columns = new HashMap<>();

	private final List<List<String>> rows;

	private CsvTable(String name, List<List<String>> records) {
		if (records.isEmpty()) {
			throw new IllegalArgumentException(name + " has no header");
		}
		this.name = name;
		List<String> header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			this.columns.put(header.get(i).trim(), i);
		}
		this.rows = records.subList(1, records.size());
		for (int r = 0; r < this.rows.size(); r++) {
			if (this.rows.get(r).size() != header.size()) {
				throw new IllegalArgumentException(name + " row " + (r + 2) + " has " + this.rows.get(r).size()
						+ " fields, the header has " + header.size());
			}
		}
	}

	public static CsvTable parse(String name, String text) {
		return new CsvTable(name, CsvParser.parse(text));
	}

	/** Reads a CSV resource next to the given class's package root. */
	public static CsvTable resource(String path) {
		try (InputStream in = CsvTable.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing reference data resource " + path);
			}
			return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public <T> List<T> map(Function<Row, T> mapper) {
		List<T> result = new ArrayList<>(this.rows.size());
		for (int r = 0; r < this.rows.size(); r++) {
			result.add(mapper.apply(new Row(r + 2, this.rows.get(r))));
		}
		return List.copyOf(result);
	}

	public int size() {
		return this.rows.size();
	}

	/** One data row; line is the 1-based record number in the file (header = 1). */
	public final class Row {

		private final int line;

		private final List<String> fields;

		Row(int line, List<String> fields) {
			this.line = line;
			this.fields = fields;
		}

		public String get(String column) {
			Integer index = CsvTable.this.columns.get(column);
			if (index == null) {
				throw new IllegalStateException(CsvTable.this.name + " has no column " + column);
			}
			return this.fields.get(index).trim();
		}

		/** A {@code |}-separated field as a list, without blanks. */
		public List<String> list(String column) {
			String value = get(column);
			if (value.isEmpty()) {
				return List.of();
			}
			return Arrays.stream(value.split("\\|")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
		}

		public int line() {
			return this.line;
		}

	}

}
