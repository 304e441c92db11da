package org.iblagh.bench.abuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iblagh.bench.abuse.Endpoint.Access;
import org.iblagh.bench.abuse.Endpoint.BodyType;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint the abuse run aims at: those of API.md (which must all receive
 * requests), the pages and the other endpoints of the services' controllers, and whatever
 * a service's OpenAPI document ({@code /v3/api-docs}) adds.
 */
final class EndpointCatalog {

	private static final String API_MD = "API.md";

	private static final String CONTROLLERS = "controllers";

	private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

	private final Map<String, String> openApi = new LinkedHashMap<>();

	EndpointCatalog() {
		for (String service : List.of("intake", "evidence", "triage", "routing", "notification")) {
			add(service, "GET", "/actuator/health", Access.PUBLIC, BodyType.NONE, API_MD);
		}
		// intake-service (public)
		add("intake", "GET", "/api/v1/categories", Access.PUBLIC, BodyType.NONE, API_MD);
		add("intake", "POST", "/api/v1/challenges", Access.PUBLIC, BodyType.NONE, API_MD);
		add("intake", "POST", "/api/v1/reports", Access.PUBLIC, BodyType.REPORT, API_MD);
		add("intake", "GET", "/api/v1/follow-up", Access.RECEIPT, BodyType.NONE, API_MD);
		add("intake", "POST", "/api/v1/follow-up/messages", Access.RECEIPT, BodyType.MESSAGE, API_MD);
		add("intake", "GET", "/internal/reporters/{reporterRef}", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("intake", "GET", "/", Access.PUBLIC, BodyType.NONE, API_MD);
		add("intake", "GET", "/follow-up", Access.PUBLIC, BodyType.NONE, CONTROLLERS);
		// triage-service
		add("triage", "GET", "/api/v1/queue", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("triage", "GET", "/api/v1/reports/{reportId}", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("triage", "POST", "/api/v1/reports/{reportId}/claim", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("triage", "DELETE", "/api/v1/reports/{reportId}/claim", Access.INVESTIGATOR, BodyType.NONE, CONTROLLERS);
		add("triage", "POST", "/api/v1/reports/{reportId}/decision", Access.INVESTIGATOR, BodyType.JSON, API_MD);
		add("triage", "GET", "/api/v1/audit", Access.SUPERVISOR, BodyType.NONE, CONTROLLERS);
		add("triage", "GET", "/console", Access.CONSOLE_SESSION, BodyType.NONE, API_MD);
		add("triage", "GET", "/console/login", Access.PUBLIC, BodyType.NONE, CONTROLLERS);
		add("triage", "POST", "/console/login", Access.PUBLIC, BodyType.FORM, CONTROLLERS);
		add("triage", "GET", "/console/reports/{reportId}", Access.CONSOLE_SESSION, BodyType.NONE, CONTROLLERS);
		add("triage", "GET", "/console/reports/{reportId}/evidence/{evidenceId}/preview", Access.CONSOLE_SESSION,
				BodyType.NONE, CONTROLLERS);
		add("triage", "POST", "/console/reports/{reportId}/claim", Access.CONSOLE_SESSION, BodyType.FORM, CONTROLLERS);
		add("triage", "POST", "/console/reports/{reportId}/decision", Access.CONSOLE_SESSION, BodyType.FORM,
				CONTROLLERS);
		add("triage", "GET", "/console/audit", Access.CONSOLE_SESSION, BodyType.NONE, CONTROLLERS);
		// evidence-service
		add("evidence", "GET", "/api/v1/evidence/{evidenceId}", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("evidence", "GET", "/api/v1/evidence/{evidenceId}/content", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("evidence", "GET", "/api/v1/evidence/{evidenceId}/preview", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("evidence", "GET", "/api/v1/evidence/{evidenceId}/verify", Access.INVESTIGATOR, BodyType.NONE, API_MD);
		add("evidence", "GET", "/api/v1/evidence/{evidenceId}/custody", Access.INVESTIGATOR, BodyType.NONE,
				CONTROLLERS);
		add("evidence", "GET", "/api/v1/reports/{reportId}/export", Access.OFFICE, BodyType.NONE, API_MD);
		add("evidence", "PUT", "/api/v1/reports/{reportId}/legal-hold", Access.SUPERVISOR, BodyType.JSON, CONTROLLERS);
		add("evidence", "POST", "/api/v1/hash-lists/reload", Access.SUPERVISOR, BodyType.NONE, CONTROLLERS);
		// routing-service
		add("routing", "GET", "/api/v1/jurisdictions/resolve", Access.PUBLIC, BodyType.NONE, API_MD);
		add("routing", "GET", "/api/v1/routings/{reportId}", Access.PUBLIC, BodyType.NONE, API_MD);
		add("routing", "POST", "/api/v1/routings/{reportId}/override", Access.SUPERVISOR, BodyType.JSON, CONTROLLERS);
		// notification-service
		add("notification", "GET", "/api/v1/offices/{officeId}/referrals", Access.OFFICE, BodyType.NONE, API_MD);
		add("notification", "GET", "/feeds/{officeId}.atom", Access.OFFICE, BodyType.NONE, API_MD);
		add("notification", "GET", "/api/v1/offices/{officeId}/stream", Access.OFFICE, BodyType.NONE, API_MD);
		add("notification", "POST", "/api/v1/referrals/{referralId}/acknowledge", Access.OFFICE, BodyType.NONE, API_MD);
		add("notification", "POST", "/api/v1/referrals/{referralId}/instructions", Access.OFFICE, BodyType.JSON,
				API_MD);
		add("notification", "GET", "/api/v1/referrals/{referralId}", Access.OFFICE, BodyType.NONE, CONTROLLERS);
		add("notification", "POST", "/api/v1/offices/{officeId}/webhooks", Access.OFFICE, BodyType.JSON, API_MD);
		add("notification", "GET", "/api/v1/offices/{officeId}/webhooks", Access.OFFICE, BodyType.NONE, CONTROLLERS);
		add("notification", "DELETE", "/api/v1/offices/{officeId}/webhooks/{id}", Access.OFFICE, BodyType.NONE,
				CONTROLLERS);
		add("notification", "GET", "/api/v1/offices/{officeId}/webhook-deliveries", Access.OFFICE, BodyType.NONE,
				CONTROLLERS);
		add("notification", "GET", "/api/v1/webhooks/dead-letters", Access.SUPERVISOR, BodyType.NONE, CONTROLLERS);
		add("notification", "POST", "/api/v1/webhooks/dead-letters/{deliveryId}/replay", Access.SUPERVISOR,
				BodyType.NONE, CONTROLLERS);
		add("notification", "GET", "/office", Access.OFFICE_SESSION, BodyType.NONE, API_MD);
		add("notification", "GET", "/office/login", Access.PUBLIC, BodyType.NONE, CONTROLLERS);
		add("notification", "POST", "/office/login", Access.PUBLIC, BodyType.FORM, CONTROLLERS);
		add("notification", "POST", "/office/referrals/{referralId}/acknowledge", Access.OFFICE_SESSION, BodyType.FORM,
				CONTROLLERS);
		add("notification", "POST", "/office/referrals/{referralId}/instructions", Access.OFFICE_SESSION, BodyType.FORM,
				CONTROLLERS);
	}

	private void add(String service, String method, String path, Access access, BodyType body, String source) {
		this.endpoints.put(key(service, method, path), new Endpoint(service, method, path, access, body, source));
	}

	/**
	 * Adds what a service's OpenAPI document lists and the catalogue lacks (as public
	 * endpoints without a body, unless the document says otherwise).
	 * @return the endpoints it added
	 */
	List<Endpoint> mergeOpenApi(String service, JsonNode document) {
		List<Endpoint> added = new ArrayList<>();
		int listed = 0;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
					continue;
				}
				listed++;
				String key = key(service, method, path.getKey());
				if (!this.endpoints.containsKey(key)) {
					boolean hasBody = operation.getValue().has("requestBody");
					Endpoint endpoint = new Endpoint(service, method, path.getKey(),
							path.getKey().startsWith("/internal") ? Access.INVESTIGATOR : Access.PUBLIC,
							hasBody ? BodyType.JSON : BodyType.NONE, "OpenAPI");
					this.endpoints.put(key, endpoint);
					added.add(endpoint);
				}
			}
		}
		this.openApi.put(service, listed + " operations, " + added.size() + " not catalogued before");
		return added;
	}

	void noOpenApi(String service, String why) {
		this.openApi.put(service, "no OpenAPI document (" + why + "): catalogue from API.md and controllers");
	}

	Map<String, String> openApiSummary() {
		return this.openApi;
	}

	List<Endpoint> all() {
		return List.copyOf(this.endpoints.values());
	}

	private static String key(String service, String method, String path) {
		return service + " " + method + " " + path;
	}

}
