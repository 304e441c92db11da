package org.iblagh.support.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/mongowrites}: write commands sent to MongoDB since start.
 */
@Endpoint(id = "mongowrites")
public class MongoWritesEndpoint {

	private final MongoWriteCounter counter;

	public MongoWritesEndpoint(MongoWriteCounter counter) {
		this.counter = counter;
	}

	@ReadOperation
	public Map<String, Object> writes() {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("total", this.counter.total());
		result.put("byCommand", this.counter.snapshot());
		return result;
	}

}
