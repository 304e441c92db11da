package org.iblagh.routing.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvParserTest {

	@Test
	void quotedFieldsMayHoldCommasLineBreaksAndQuotes() {
		List<List<String>> records = CsvParser.parse("a,b,c\r\n1,\"x, y\",\"line1\nline2\"\n2,\"say \"\"hi\"\"\",\n");
		assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("1", "x, y", "line1\nline2"),
				List.of("2", "say \"hi\"", ""));
	}

	@Test
	void lastRecordWithoutLineBreakAndByteOrderMark() {
		assertThat(CsvParser.parse("\uFEFFa,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

	@Test
	void emptyFieldsAreKept() {
		assertThat(CsvParser.parse(",,\n")).containsExactly(List.of("", "", ""));
	}

	@Test
	void unclosedQuoteIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvParser.parse("a,\"b\n1,2\n"));
	}

	@Test
	void tableRejectsRowsWithTheWrongNumberOfFields() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvTable.parse("t", "a,b\n1,2,3\n"));
	}

}
