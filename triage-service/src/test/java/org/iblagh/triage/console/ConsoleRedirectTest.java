package org.iblagh.triage.console;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a console action the analyst goes back to the report's page, whatever the id in
 * the path was: braces in it were taken for URI template variables (a 500, found by the
 * abuse run).
 */
class ConsoleRedirectTest {

	@Test
	void anIdWithBracesRedirectsToItsEncodedPage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RedirectView(ConsoleController.reportPage("{\"$gt\":\"\"}"), true).render(Map.of(),
				new MockHttpServletRequest("POST", "/console/reports/x/claim"), response);
		assertThat(response.getRedirectedUrl()).isEqualTo("/console/reports/%7B%22$gt%22:%22%22%7D");
	}

	@Test
	void anOrdinaryIdIsUnchanged() {
		assertThat(ConsoleController.reportPage("R-Q8BJN3DGDER0")).isEqualTo("/console/reports/R-Q8BJN3DGDER0");
	}

}
