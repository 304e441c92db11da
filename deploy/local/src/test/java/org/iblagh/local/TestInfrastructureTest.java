package org.iblagh.local;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The infrastructure a service's integration tests get is chosen by one system property,
 * and the containers choice without a Docker engine skips instead of failing.
 */
class TestInfrastructureTest {

	@AfterEach
	void clearMode() {
		System.clearProperty(TestInfrastructure.MODE_PROPERTY);
	}

	@Test
	void withoutThePropertyTheEmbeddedServersAreUsed() {
		assertThat(TestInfrastructure.mode()).isEqualTo(TestInfrastructure.EMBEDDED);
		assertThat(new ContainersNeedDocker().evaluateExecutionCondition(null).isDisabled()).isFalse();
	}

	@Test
	void anUnknownChoiceIsRefusedBeforeAnythingStarts() {
		System.setProperty(TestInfrastructure.MODE_PROPERTY, "podman");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestInfrastructure.start(Path.of("target", "unused"), StackPorts.defaults()))
			.withMessageContaining("embedded or containers");
	}

	@Test
	void containersRunExactlyWhenTestcontainersFindsAnEngineAndOtherwiseSaySo() {
		System.setProperty(TestInfrastructure.MODE_PROPERTY, " Containers ");
		ConditionEvaluationResult result = new ContainersNeedDocker().evaluateExecutionCondition(null);
		boolean engine = DockerClientFactory.instance().isDockerAvailable();
		assertThat(result.isDisabled()).isEqualTo(!engine);
		if (!engine) {
			assertThat(result.getReason()).hasValue("no Docker engine: container tests skipped");
		}
	}

}
