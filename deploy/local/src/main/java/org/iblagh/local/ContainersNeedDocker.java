package org.iblagh.local;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * With {@code iblagh.infrastructure=containers} and no Docker engine, every test is
 * skipped (reported as such), never failed. Registered through {@code META-INF/services}
 * and picked up only where JUnit's extension auto-detection is on, which the
 * {@code containers} Maven profile turns on for failsafe; without that profile this class
 * is never loaded. Evaluated before a class's {@code @BeforeAll}, so a fixture is never
 * half-started.
 */
public final class ContainersNeedDocker implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestInfrastructure.CONTAINERS.equals(TestInfrastructure.mode())) {
			return ConditionEvaluationResult.enabled("embedded infrastructure");
		}
		return DockerEngine.isAvailable() ? ConditionEvaluationResult.enabled("Docker engine found")
				: ConditionEvaluationResult.disabled(DockerEngine.SKIPPED);
	}

}
