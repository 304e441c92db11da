package org.iblagh.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.iblagh.contracts.CloudEventHeaders;

import org.springframework.kafka.listener.adapter.RecordFilterStrategy;

/**
 * Drops the {@code report.status.v1} events a service has no use for before Spring Cloud
 * Stream converts, traces and hands them to the consumer: every report makes six or more
 * status events and three services read the topic, so this per-event work was a large
 * part of the platform's CPU. The decision reads only the CloudEvents headers. An event
 * without them (an older producer, a poison message) is always handed on, so the consumer
 * still decides and a malformed event still reaches its dead-letter topic.
 */
public final class StatusEventFilter implements RecordFilterStrategy<Object, Object> {

	private final Set<String> wanted;

	private final Set<String> skipped;

	private final String ownSource;

	/**
	 * @param wanted the status codes the service acts on; empty for all
	 * @param skipped status codes the service never acts on, whatever {@code wanted} says
	 * @param ownSource the CloudEvents source whose events are dropped (the service's
	 * own, already recorded when it published them), or {@code null} to keep them
	 */
	public StatusEventFilter(Set<String> wanted, Set<String> skipped, String ownSource) {
		this.wanted = Set.copyOf(wanted);
		this.skipped = Set.copyOf(skipped);
		this.ownSource = ownSource;
	}

	public boolean filtersAnything() {
		return !this.wanted.isEmpty() || !this.skipped.isEmpty() || this.ownSource != null;
	}

	/**
	 * @return true to drop the record
	 */
	@Override
	public boolean filter(ConsumerRecord<Object, Object> record) {
		if (this.ownSource != null && this.ownSource.equals(header(record, CloudEventHeaders.SOURCE))) {
			return true;
		}
		if (this.wanted.isEmpty() && this.skipped.isEmpty()) {
			return false;
		}
		String status = header(record, CloudEventHeaders.REPORT_STATUS);
		if (status == null) {
			return false;
		}
		return this.skipped.contains(status) || (!this.wanted.isEmpty() && !this.wanted.contains(status));
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
