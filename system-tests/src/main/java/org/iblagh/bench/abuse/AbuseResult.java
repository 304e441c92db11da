package org.iblagh.bench.abuse;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What an abuse run found. Every list of problems is empty when the platform held.
 *
 * @param requests hostile requests sent
 * @param validRequests the valid requests of the preparation and the checks (not counted
 * in {@code requests})
 * @param seconds duration of the hostile part
 * @param seed the random seed
 * @param endpoints per endpoint: its source and the answers it gave, by status class
 * @param kinds requests per kind of abuse
 * @param kindSeconds time the server took per kind of abuse, summed over requests
 * @param statuses requests per status code (0: no answer)
 * @param connectRefused CONNECT requests Tomcat's connector answered with 501 (the RFC
 * 9110 answer for an unsupported method; no application code runs)
 * @param problems counts per problem category
 * @param samples a few samples of each problem
 * @param uncovered endpoints of API.md that received nothing
 * @param openApi what each service's OpenAPI document added
 * @param storedChanges collections whose counts changed during the hostile part
 * @param unexplainedChanges those changes no valid request explains
 * @param crossOfficeChecks what the cross-office checks found, one line each
 * @param target what the run aimed at (report ids, offices, receipt), for the page checks
 */
public record AbuseResult(int requests, int validRequests, double seconds, long seed,
		Map<String, EndpointStats> endpoints, Map<String, Integer> kinds, Map<String, Double> kindSeconds,
		Map<Integer, Integer> statuses, int connectRefused, Map<String, Integer> problems, List<Sample> samples,
		List<String> uncovered, Map<String, String> openApi, Map<String, Long> storedChanges,
		Map<String, Long> unexplainedChanges, List<String> crossOfficeChecks, Target target) {

	/** True when nothing went wrong. */
	public boolean clean() {
		return this.problems.isEmpty() && this.uncovered.isEmpty() && this.unexplainedChanges.isEmpty();
	}

	/** The answers of one endpoint. */
	public record EndpointStats(String source, int requests, int status2xx, int status3xx, int status4xx, int status5xx,
			int noAnswer, int connectRefused) {
	}

	/** One problem, as seen. */
	public record Sample(String problem, String endpoint, String kind, String request, int status, String bodyHead) {
	}

	/**
	 * The real report and referral ids the run used and the texts their pages must show
	 * literally.
	 */
	public record Target(String reportA, String receiptA, String officeA, String keyA, String referralA, String reportB,
			String officeB, String referralB, Map<String, String> payloads) {
	}

	public void print(PrintStream out) {
		out.printf("%nAbuse run: %d hostile requests in %.1f s (%.0f/s), seed %d, plus %d valid requests%n",
				this.requests, this.seconds, this.requests / Math.max(this.seconds, 0.001), this.seed,
				this.validRequests);
		this.openApi.forEach((s, v) -> out.printf("  OpenAPI %-13s %s%n", s, v));
		out.printf("%n%-72s %-11s %5s %4s %4s %4s %3s %4s %7s%n", "endpoint", "source", "sent", "2xx", "3xx", "4xx",
				"5xx", "none", "CONNECT");
		this.endpoints.forEach(
				(name, s) -> out.printf("%-72s %-11s %5d %4d %4d %4d %3d %4d %7d%n", name, s.source(), s.requests(),
						s.status2xx(), s.status3xx(), s.status4xx(), s.status5xx(), s.noAnswer(), s.connectRefused()));
		out.println("(2xx/3xx on mutating endpoints are answers to GET, HEAD or OPTIONS sent as wrong methods;"
				+ " CONNECT: 501 from Tomcat's connector)");
		out.printf("%nby kind: %s%nseconds by kind: %s%nby status: %s (501: CONNECT refused by Tomcat: %d)%n",
				this.kinds, this.kindSeconds, this.statuses, this.connectRefused);
		out.printf("stored changes during the hostile part: %s%n", this.storedChanges);
		out.printf("unexplained by valid requests: %s%n", this.unexplainedChanges);
		this.crossOfficeChecks.forEach((c) -> out.println("cross-office: " + c));
		out.printf("endpoints of API.md without requests: %s%n", this.uncovered);
		out.printf("problems: %s%n", this.problems.isEmpty() ? "none" : this.problems);
		this.samples.forEach((s) -> out.printf("  [%s] %s %s %s → %d %s%n", s.problem(), s.endpoint(), s.kind(),
				s.request(), s.status(), s.bodyHead()));
	}

}
