package org.iblagh.evidence.hashlist;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HashListTest {

	@TempDir
	Path folder;

	@Test
	void loadsExactAndPerceptualListsAndMatchesWithinTheThreshold() throws Exception {
		String sha = "ab".repeat(32);
		String md5 = "CD".repeat(16);
		String pdq = "f0".repeat(32);
		Files.writeString(this.folder.resolve("known.sha256"), "# a comment\n" + sha + "  file.jpg\nnot-hex\n");
		Files.writeString(this.folder.resolve("known.md5"), md5 + "\n");
		Files.writeString(this.folder.resolve("known.pdq"), pdq + "\n");
		Files.writeString(this.folder.resolve("README"), sha + "\n");

		HashList list = HashListFiles.load(this.folder, 31);

		assertThat(list.size()).isEqualTo(3);
		assertThat(list.match(sha, null, null)).contains("SHA256");
		assertThat(list.match("00".repeat(32), md5.toLowerCase(), null)).contains("MD5");
		String near = "0f" + "f0".repeat(31); // 8 bits differ
		assertThat(list.match("00".repeat(32), "00".repeat(16), near)).contains("PDQ");
		String far = "0f".repeat(32);
		assertThat(list.match("00".repeat(32), "00".repeat(16), far)).isEmpty();
	}

	@Test
	void aMissingFolderIsAnEmptyList() {
		assertThat(HashListFiles.load(this.folder.resolve("none"), 31).size()).isZero();
	}

}
