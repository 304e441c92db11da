package org.iblagh.bench.abuse;

/**
 * One endpoint of a service as the abuse run knows it.
 *
 * @param service intake, evidence, triage, routing or notification
 * @param method the method it answers
 * @param path the path template, with {@code {reportId}}-style variables
 * @param access who may call it
 * @param body what it reads
 * @param source where the run learnt of it: {@code API.md}, {@code OpenAPI} or
 * {@code controllers}; every endpoint of API.md must receive requests
 */
record Endpoint(String service, String method, String path, Access access, BodyType body, String source) {

	String name() {
		return this.service + " " + this.method + " " + this.path;
	}

	boolean inApiMd() {
		return "API.md".equals(this.source);
	}

	/** Who may call an endpoint. */
	enum Access {

		/** Anyone (citizens, browsers). */
		PUBLIC,
		/** A citizen holding a receipt ({@code X-Receipt}). */
		RECEIPT,
		/** An analyst or a supervisor, HTTP Basic. */
		INVESTIGATOR,
		/** A supervisor only. */
		SUPERVISOR,
		/** An office (its key or Basic office:key), or a supervisor for reading. */
		OFFICE,
		/** The console's login session with CSRF. */
		CONSOLE_SESSION,
		/** The office page's login session with CSRF. */
		OFFICE_SESSION

	}

	/** What an endpoint reads. */
	enum BodyType {

		NONE, JSON, REPORT, MESSAGE, FORM

	}

}
