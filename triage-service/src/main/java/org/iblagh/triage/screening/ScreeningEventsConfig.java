package org.iblagh.triage.screening;

import java.util.function.Consumer;

import org.iblagh.contracts.EvidenceSecured;
import org.iblagh.support.messaging.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration(proxyBeanMethods = false)
class ScreeningEventsConfig {

	@Bean
	Consumer<Message<byte[]>> onEvidenceSecured(EventCodec codec, ReportScreening screening) {
		return (message) -> screening.on(codec.decode(message.getPayload(), EvidenceSecured.class));
	}

}
