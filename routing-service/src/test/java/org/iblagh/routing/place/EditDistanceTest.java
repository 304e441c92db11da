package org.iblagh.routing.place;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {

	@ParameterizedTest
	@CsvSource({ "rabat,rabat,0", "rabat,rabta,1", "marrakech,marakech,1", "marrakech,marakesh,2", "fes,fez,1",
			"ab,ba,1", "casablanca,casablnaca,1", "tanger,tnager,1", "kenitra,kentira,1", "'',abc,3" })
	void damerauLevenshteinWithTranspositions(String a, String b, int distance) {
		assertThat(EditDistance.bounded(a, b, 5)).isEqualTo(distance);
		assertThat(EditDistance.bounded(b, a, 5)).isEqualTo(distance);
	}

	@ParameterizedTest
	@CsvSource({ "casablanca,rabat,2", "marrakech,oujda,1" })
	void stopsAboveTheBound(String a, String b, int bound) {
		assertThat(EditDistance.bounded(a, b, bound)).isEqualTo(bound + 1);
	}

}
