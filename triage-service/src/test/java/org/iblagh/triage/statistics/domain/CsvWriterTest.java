package org.iblagh.triage.statistics.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

	@Test
	void fieldsAreQuotedAsRfc4180Says() {
		String csv = new CsvWriter().row(List.of("a", "b,c", "say \"hi\"", "two\nlines", ""))
			.row(List.of("x"))
			.toString();
		assertThat(csv).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\nx\r\n");
	}

	@Test
	void spreadsheetFormulasAreNeutralised() {
		assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.field("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.field("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvWriter.field("12")).isEqualTo("12");
		assertThat(CsvWriter.field("فاس-مكناس")).isEqualTo("فاس-مكناس");
	}

}
