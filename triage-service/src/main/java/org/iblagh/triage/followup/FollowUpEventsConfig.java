package org.iblagh.triage.followup;

import java.util.List;
import java.util.function.Consumer;

import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReporterMessage;
import org.iblagh.support.messaging.EventBatchReader;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.PolledBatch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration(proxyBeanMethods = false)
class FollowUpEventsConfig {

	@Bean
	Consumer<Message<byte[]>> onReporterMessage(EventCodec codec, FollowUpRecorder recorder) {
		return (message) -> recorder.on(codec.decode(message.getPayload(), ReporterMessage.class));
	}

	/**
	 * A batch binding (application.yml): a poll's statuses cost one bulk write.
	 */
	@Bean
	Consumer<Message<List<byte[]>>> onReportStatus(EventBatchReader reader, FollowUpRecorder recorder) {
		return (message) -> {
			List<ReportStatusChanged> events = reader.read(PolledBatch.of(message), "onReportStatus",
					ReportStatusChanged.class, FollowUpRecorder::checkStatus);
			reader.write(() -> recorder.onStatuses(events));
		};
	}

	@Bean
	Consumer<Message<byte[]>> onProsecutorInstruction(EventCodec codec, FollowUpRecorder recorder) {
		return (message) -> recorder.on(codec.decode(message.getPayload(), ProsecutorInstruction.class));
	}

}
