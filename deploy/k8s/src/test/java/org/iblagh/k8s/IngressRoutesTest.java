package org.iblagh.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser asks for through the public ingress reaches the service that answers it:
 * each page, its sign-in and the files it loads. Static folders are read from the
 * services' sources, so a new one that the ingress does not route fails here.
 */
class IngressRoutesTest {

	private static final String PORTAL = "iblagh.example.ma";

	private static final String CONSOLE = "console.iblagh.example.ma";

	private static final String OFFICES = "offices.iblagh.example.ma";

	private static List<IngressRule> rules;

	@BeforeAll
	static void load() {
		rules = ManifestLoader.load(Paths.BASE)
			.stream()
			.filter((m) -> m.object() instanceof Ingress)
			.flatMap((m) -> ((Ingress) m.object()).getSpec().getRules().stream())
			.toList();
	}

	@Test
	void thePortalItsFilesAndItsPublicStatisticsAreRouted() throws IOException {
		assertThat(backend(PORTAL, "/")).hasValue("intake-service");
		assertThat(backend(PORTAL, "/follow-up")).hasValue("intake-service");
		assertThat(backend(PORTAL, "/api/v1/reports")).hasValue("intake-service");
		assertThat(backend(PORTAL, "/statistics")).hasValue("triage-service");
		assertThat(backend(PORTAL, "/api/v1/statistics/summary")).hasValue("triage-service");
		for (String folder : staticFolders("intake-service")) {
			assertThat(backend(PORTAL, "/" + folder + "/any.file")).as(folder).hasValue("intake-service");
		}
		for (String folder : staticFolders("triage-service")) {
			assertThat(
					List.of(backend(PORTAL, "/" + folder + "/any.file"), backend(CONSOLE, "/" + folder + "/any.file")))
				.as(folder)
				.contains(Optional.of("triage-service"));
		}
	}

	@Test
	void theConsoleAndTheOfficePageWithTheirSignInAndAnswersAreRouted() {
		assertThat(backend(CONSOLE, "/console")).hasValue("triage-service");
		assertThat(backend(CONSOLE, "/console/login")).hasValue("triage-service");
		assertThat(backend(CONSOLE, "/console/reports/R-1")).hasValue("triage-service");
		assertThat(backend(CONSOLE, "/login/oauth2/code/iblagh")).hasValue("triage-service");

		assertThat(backend(OFFICES, "/office")).hasValue("notification-service");
		assertThat(backend(OFFICES, "/office/login")).hasValue("notification-service");
		assertThat(backend(OFFICES, "/office/referrals/RF-1/acknowledge")).hasValue("notification-service");
		assertThat(backend(OFFICES, "/feeds/TPI-RABAT.atom")).hasValue("notification-service");
		assertThat(backend(OFFICES, "/oauth2/authorization/iblagh")).hasValue("notification-service");
	}

	@Test
	void whatStaysInsideIsNotRouted() {
		assertThat(backend(PORTAL, "/internal/reporters/x")).isEmpty();
		assertThat(backend(PORTAL, "/actuator/prometheus")).isEmpty();
		assertThat(backend(PORTAL, "/swagger-ui/index.html")).isEmpty();
	}

	/**
	 * The backend an ingress controller picks: an Exact path, else the longest Prefix
	 * that matches whole path elements (Kubernetes' rules).
	 */
	private static Optional<String> backend(String host, String path) {
		return rules.stream()
			.filter((rule) -> host.equals(rule.getHost()))
			.flatMap((rule) -> rule.getHttp().getPaths().stream())
			.filter((candidate) -> matches(candidate, path))
			.max(Comparator.comparing((HTTPIngressPath candidate) -> "Exact".equals(candidate.getPathType()))
				.thenComparing((candidate) -> candidate.getPath().length()))
			.map((candidate) -> candidate.getBackend().getService().getName());
	}

	private static boolean matches(HTTPIngressPath candidate, String path) {
		String routed = candidate.getPath();
		if ("Exact".equals(candidate.getPathType())) {
			return routed.equals(path);
		}
		String prefix = routed.endsWith("/") ? routed.substring(0, routed.length() - 1) : routed;
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

	private static List<String> staticFolders(String service) throws IOException {
		Path folder = Paths.MODULE.resolve("../../" + service + "/src/main/resources/static").normalize();
		try (Stream<Path> children = Files.list(folder)) {
			List<String> names = children.filter(Files::isDirectory).map((p) -> p.getFileName().toString()).toList();
			assertThat(names).as(folder.toString()).isNotEmpty();
			return names;
		}
	}

}
