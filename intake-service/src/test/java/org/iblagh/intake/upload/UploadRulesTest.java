package org.iblagh.intake.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.tika.Tika;
import org.iblagh.support.web.ApiException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadRulesTest {

	@Test
	void evidenceTypesAreImagesPdfVideoAudioAndText() {
		assertThat(MediaTypePolicy.isAllowed("image/png")).isTrue();
		assertThat(MediaTypePolicy.isAllowed("application/pdf")).isTrue();
		assertThat(MediaTypePolicy.isAllowed("video/mp4")).isTrue();
		assertThat(MediaTypePolicy.isAllowed("audio/mpeg")).isTrue();
		assertThat(MediaTypePolicy.isAllowed("text/plain; charset=UTF-8")).isTrue();
		assertThat(MediaTypePolicy.isAllowed("application/x-msdownload")).isFalse();
		assertThat(MediaTypePolicy.isAllowed("application/zip")).isFalse();
		assertThat(MediaTypePolicy.isAllowed("text/html")).isFalse();
	}

	@Test
	void aDeclaredTypeMustAgreeWithTheContent() {
		assertThat(MediaTypePolicy.agrees("image/jpeg", "image/png")).isTrue();
		assertThat(MediaTypePolicy.agrees(null, "image/png")).isTrue();
		assertThat(MediaTypePolicy.agrees("application/octet-stream", "application/pdf")).isTrue();
		assertThat(MediaTypePolicy.agrees("audio/mp4", "video/mp4")).isTrue();
		assertThat(MediaTypePolicy.agrees("image/png", "application/pdf")).isFalse();
		assertThat(MediaTypePolicy.agrees("application/pdf", "image/png")).isFalse();
	}

	@Test
	void tikaTellsTypesByTheirMagicBytes() throws Exception {
		Tika tika = new Tika();
		assertThat(tika.detect(new ByteArrayInputStream("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("application/pdf");
		assertThat(tika.detect(new ByteArrayInputStream(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 })))
			.isEqualTo("image/png");
		assertThat(tika.detect(new ByteArrayInputStream("Une simple note en texte.".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("text/plain");
		assertThat(MediaTypePolicy.isAllowed(tika.detect(new ByteArrayInputStream(
				"MZ\u0090\u0000\u0003\u0000\u0000\u0000PE\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1)))))
			.isFalse();
	}

	@Test
	void limitsCoverEmptyLargeTooManyAndTheReportTotal() {
		UploadLimits limits = new UploadLimits(50, 3, 100);
		assertThat(limits.check(List.of(10L, 20L), 0)).isEmpty();
		assertThat(limits.check(List.of(0L, 51L), 0)).extracting(FieldProblem::code)
			.containsExactly("EMPTY_FILE", "FILE_TOO_LARGE");
		assertThat(limits.check(List.of(1L, 1L, 1L, 1L), 0)).extracting(FieldProblem::code)
			.containsExactly("TOO_MANY_FILES");
		assertThat(limits.check(List.of(40L), 70)).extracting(FieldProblem::code).containsExactly("REPORT_TOO_LARGE");
	}

}
