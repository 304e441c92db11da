package org.iblagh.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a service's {@code iblagh_mongo_writes_total} series from its Prometheus scrape:
 * one per command and collection.
 */
final class MongoWriteLines {

	private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private MongoWriteLines() {
	}

	/** "command:collection" → writes. */
	static Map<String, Long> parse(String scrape) {
		Map<String, Long> writes = new LinkedHashMap<>();
		scrape.lines().filter((line) -> line.startsWith("iblagh_mongo_writes_total{")).forEach((line) -> {
			Map<String, String> labels = new LinkedHashMap<>();
			Matcher label = LABEL.matcher(line.substring(0, line.lastIndexOf('}')));
			while (label.find()) {
				labels.put(label.group(1), label.group(2));
			}
			long count = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			writes.merge(labels.getOrDefault("command", "?") + ":" + labels.getOrDefault("collection", "?"), count,
					Long::sum);
		});
		return writes;
	}

}
