package org.iblagh.local;

/**
 * The loopback ports of one platform. The defaults are those of the README; tests shift
 * every port by an offset so that they never collide with a platform a developer is
 * running.
 */
public record StackPorts(int kafka, int kafkaController, int mongo, int s3, int intake, int evidence, int triage,
		int routing, int notification) {

	public static StackPorts defaults() {
		return new StackPorts(9092, 9093, 27017, 9000, 8081, 8082, 8083, 8084, 8085);
	}

	/**
	 * Shifts every port by {@code offset}, plus the environment's
	 * {@code IBLAGH_PORT_SHIFT} so that two checkouts on one machine can run their tests
	 * side by side.
	 */
	public StackPorts shiftedBy(int offset) {
		offset += environmentShift();
		return new StackPorts(this.kafka + offset, this.kafkaController + offset, this.mongo + offset, this.s3 + offset,
				this.intake + offset, this.evidence + offset, this.triage + offset, this.routing + offset,
				this.notification + offset);
	}

	private static int environmentShift() {
		String shift = System.getenv("IBLAGH_PORT_SHIFT");
		return (shift == null || shift.isBlank()) ? 0 : Integer.parseInt(shift.trim());
	}

	public String kafkaBootstrap() {
		return "127.0.0.1:" + this.kafka;
	}

	public String mongoUri() {
		return "mongodb://127.0.0.1:" + this.mongo;
	}

	public String s3Endpoint() {
		return "http://127.0.0.1:" + this.s3;
	}

}
