package org.iblagh.triage.followup;

import java.util.function.Consumer;

import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReporterMessage;
import org.iblagh.support.messaging.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration(proxyBeanMethods = false)
class FollowUpEventsConfig {

	@Bean
	Consumer<Message<byte[]>> onReporterMessage(EventCodec codec, FollowUpRecorder recorder) {
		return (message) -> recorder.on(codec.decode(message.getPayload(), ReporterMessage.class));
	}

	@Bean
	Consumer<Message<byte[]>> onReportStatus(EventCodec codec, FollowUpRecorder recorder) {
		return (message) -> recorder.on(codec.decode(message.getPayload(), ReportStatusChanged.class));
	}

	@Bean
	Consumer<Message<byte[]>> onProsecutorInstruction(EventCodec codec, FollowUpRecorder recorder) {
		return (message) -> recorder.on(codec.decode(message.getPayload(), ProsecutorInstruction.class));
	}

}
