package org.iblagh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iblagh.local.Platform;

/**
 * Resident memory of every process of the platform, read from /proc (Linux).
 */
final class Rss {

	private Rss() {
	}

	static Map<String, Long> of(Platform platform) {
		Map<String, Long> rss = new LinkedHashMap<>();
		rss.put("launcher+stack (this JVM)", megabytes(ProcessHandle.current().pid()));
		long total = rss.get("launcher+stack (this JVM)");
		for (String service : Platform.SERVICES) {
			long mb = megabytes(platform.service(service).pid());
			rss.put(service, mb);
			total += Math.max(0, mb);
		}
		rss.put("total", total);
		return rss;
	}

	static long megabytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
		return -1;
	}

}
