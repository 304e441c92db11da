package org.iblagh.contracts;

/**
 * CloudEvents 1.0 Kafka binary-mode header names.
 */
public final class CloudEventHeaders {

	public static final String ID = "ce_id";

	public static final String TYPE = "ce_type";

	public static final String SOURCE = "ce_source";

	public static final String TIME = "ce_time";

	public static final String SUBJECT = "ce_subject";

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String CONTENT_TYPE = "content-type";

	/**
	 * CloudEvents extension attribute {@code reportstatus}, set on
	 * {@code report.status.v1} events only: the status code, so that a consumer can skip
	 * the statuses it has no use for without decoding the payload. The payload stays the
	 * truth.
	 */
	public static final String REPORT_STATUS = "ce_reportstatus";

	private CloudEventHeaders() {
	}

}
