package org.iblagh.triage.assessment.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iblagh.triage.assessment.Assessment;
import org.iblagh.triage.assessment.AssessmentEngine;
import org.iblagh.triage.assessment.ReportInput;
import org.iblagh.triage.assessment.evaluation.Corpus;
import org.iblagh.triage.assessment.evaluation.LabelledReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Assessments per second on one thread, cycling through the whole labelled corpus (every
 * language form and category, descriptions from 50 to 900 characters). Not part of the
 * test suite; run it with
 * {@code java -cp <test classpath> org.iblagh.triage.assessment.benchmark.AssessmentEngineBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AssessmentEngineBenchmark {

	private AssessmentEngine engine;

	private List<ReportInput> inputs;

	private int next;

	@Setup
	public void setUp() {
		this.engine = AssessmentEngine.withDefaults();
		this.inputs = Corpus.all().stream().map(LabelledReport::toInput).toList();
	}

	@Benchmark
	public Assessment assessOneReport() {
		ReportInput input = this.inputs.get(this.next);
		this.next = (this.next + 1) % this.inputs.size();
		return this.engine.assess(input);
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(AssessmentEngineBenchmark.class.getSimpleName())
			.jvmArgs("-Xmx512m")
			.build();
		new Runner(options).run();
	}

}
