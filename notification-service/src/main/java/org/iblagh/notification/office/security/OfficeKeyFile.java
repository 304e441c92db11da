package org.iblagh.notification.office.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.iblagh.notification.office.KnownOffice;
import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.support.office.OfficeKeys;

/**
 * The local profile's {@code office-keys.properties} ({@code <officeId>=<key>}), so a
 * developer or a system test can act as any office. Created with mode 0600 before any key
 * is written, then moved into place, so the keys are never readable by others.
 */
public final class OfficeKeyFile {

	public static final String NAME = "office-keys.properties";

	private OfficeKeyFile() {
	}

	public static Path write(Path dataDir, OfficeDirectory offices, OfficeKeys keys) {
		try {
			Files.createDirectories(dataDir);
			Path target = dataDir.resolve(NAME);
			Path temp = dataDir.resolve(NAME + ".tmp");
			Files.deleteIfExists(temp);
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			StringBuilder text = new StringBuilder("# Iblagh local office keys: <officeId>=<key>. Local use only.\n");
			for (KnownOffice office : offices.all()
				.stream()
				.sorted(java.util.Comparator.comparing(KnownOffice::id))
				.toList()) {
				text.append(office.id()).append('=').append(keys.keyFor(office.id())).append('\n');
			}
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + NAME, ex);
		}
	}

}
