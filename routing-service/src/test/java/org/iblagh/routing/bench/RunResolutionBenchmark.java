package org.iblagh.routing.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ResolutionBenchmark} (not part of the test run): 3 warm-up and 3
 * measurement iterations of 2 s, one fork, one thread. See docs/benchmarks/routing.md.
 */
public final class RunResolutionBenchmark {

	private RunResolutionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options = new OptionsBuilder().include(ResolutionBenchmark.class.getSimpleName())
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(2))
			.measurementIterations(3)
			.measurementTime(TimeValue.seconds(2))
			.forks(1)
			.threads(1)
			.jvmArgs("-Xmx512m")
			.build();
		new Runner(options).run();
	}

}
