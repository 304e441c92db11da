package org.iblagh.evidence.hashlist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.iblagh.evidence.pdq.PdqHash;

/**
 * Reads hash lists from a folder: {@code *.sha256}, {@code *.md5} and {@code *.pdq} files
 * with one lowercase or uppercase hex value per line (anything after the first blank is a
 * comment, as in {@code sha256sum} output; {@code #} lines are comments).
 */
public final class HashListFiles {

	private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

	private HashListFiles() {
	}

	public static HashList load(Path folder, int pdqThreshold) {
		Set<String> sha256 = new HashSet<>();
		Set<String> md5 = new HashSet<>();
		List<PdqHash> pdq = new ArrayList<>();
		if (folder == null || !Files.isDirectory(folder)) {
			return new HashList(sha256, md5, pdq, pdqThreshold);
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".sha256")) {
					values(file, 64).forEach(sha256::add);
				}
				else if (name.endsWith(".md5")) {
					values(file, 32).forEach(md5::add);
				}
				else if (name.endsWith(".pdq")) {
					values(file, 64).forEach((v) -> pdq.add(PdqHash.fromHex(v)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new HashList(sha256, md5, pdq, pdqThreshold);
	}

	/** The newest modification time of the folder's lists, to notice a change. */
	public static long lastModified(Path folder) {
		if (folder == null || !Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			long newest = Files.getLastModifiedTime(folder).toMillis();
			for (Path file : files.toList()) {
				newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
			}
			return newest;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static List<String> values(Path file, int length) throws IOException {
		List<String> values = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String value = trimmed.split("\\s+", 2)[0];
			if (value.length() == length && HEX.matcher(value).matches()) {
				values.add(value.toLowerCase(java.util.Locale.ROOT));
			}
		}
		return values;
	}

}
