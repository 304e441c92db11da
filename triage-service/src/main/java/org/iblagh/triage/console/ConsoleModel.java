package org.iblagh.triage.console;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page shows in its header: who is signed in, whether they may read
 * the audit log, and the current path for the language links.
 */
@ControllerAdvice(assignableTypes = ConsoleController.class)
class ConsoleModel {

	@ModelAttribute
	void header(HttpServletRequest request, Model model) {
		Principal user = request.getUserPrincipal();
		model.addAttribute("me", (user != null) ? user.getName() : null);
		model.addAttribute("supervisor", request.isUserInRole("SUPERVISOR"));
		model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
	}

}
