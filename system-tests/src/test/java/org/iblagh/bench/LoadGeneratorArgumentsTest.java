package org.iblagh.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mistyped option must not start a 20-minute run with the defaults. */
class LoadGeneratorArgumentsTest {

	@Test
	void acceptsTheDocumentedOptions() {
		assertThat(LoadGenerator.checkArguments(new String[] { "--rate", "30", "--seconds", "60", "--clients", "16" }))
			.isNull();
		assertThat(LoadGenerator.checkArguments(new String[] { "--faults", "--reports", "500" })).isNull();
		assertThat(LoadGenerator.checkArguments(new String[0])).isNull();
	}

	@Test
	void helpIsNotARun() {
		assertThat(LoadGenerator.checkArguments(new String[] { "--help" })).isEmpty();
		assertThat(LoadGenerator.checkArguments(new String[] { "--rate", "5", "-h" })).isEmpty();
	}

	@Test
	void refusesUnknownOptionsAndMissingValues() {
		assertThat(LoadGenerator.checkArguments(new String[] { "--rates", "30" })).isEqualTo("Unknown option: --rates");
		assertThat(LoadGenerator.checkArguments(new String[] { "--rate" })).isEqualTo("Option --rate needs a value");
		assertThat(LoadGenerator.checkArguments(new String[] { "--rate", "--abuse" }))
			.isEqualTo("Option --rate needs a value");
	}

}
