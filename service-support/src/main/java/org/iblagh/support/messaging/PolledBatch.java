package org.iblagh.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * The records of one poll, as a batch-mode binding hands them over: one message whose
 * payload and headers are lists, index for index.
 */
public final class PolledBatch {

	static final String CONVERTED_HEADERS = "kafka_batchConvertedHeaders";

	static final String NATIVE_HEADERS = "kafka_nativeHeaders";

	private final List<byte[]> payloads;

	private final MessageHeaders headers;

	private PolledBatch(List<byte[]> payloads, MessageHeaders headers) {
		this.payloads = payloads;
		this.headers = headers;
	}

	public static PolledBatch of(Message<List<byte[]>> message) {
		return new PolledBatch(message.getPayload(), message.getHeaders());
	}

	public int size() {
		return this.payloads.size();
	}

	public byte[] payload(int index) {
		return this.payloads.get(index);
	}

	public String topic(int index) {
		Object topic = element("kafka_receivedTopic", index);
		return (topic != null) ? topic.toString() : null;
	}

	public int partition(int index) {
		return (element("kafka_receivedPartitionId", index) instanceof Integer partition) ? partition : 0;
	}

	public long offset(int index) {
		return (element("kafka_offset", index) instanceof Long offset) ? offset : -1;
	}

	public byte[] key(int index) {
		Object key = element("kafka_receivedMessageKey", index);
		if (key instanceof byte[] bytes) {
			return bytes;
		}
		return (key != null) ? key.toString().getBytes(StandardCharsets.UTF_8) : null;
	}

	/**
	 * A header of one record as text, or null when the record does not carry it.
	 */
	public String header(int index, String name) {
		Object value = recordHeaders(index).get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Every header of one record that has a textual or binary value, as the producer sent
	 * it.
	 */
	public Map<String, Object> recordHeaders(int index) {
		Object converted = element(CONVERTED_HEADERS, index);
		if (converted instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) map;
			return typed;
		}
		if (element(NATIVE_HEADERS, index) instanceof Headers natives) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (Header header : natives) {
				values.put(header.key(), header.value());
			}
			return values;
		}
		return Map.of();
	}

	private Object element(String header, int index) {
		Object value = this.headers.get(header);
		if (value instanceof List<?> list) {
			return (index < list.size()) ? list.get(index) : null;
		}
		return value;
	}

}
