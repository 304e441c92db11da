package org.iblagh.support.observability;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the report id of a request's path ({@code /…/reports/{reportId}/…}) in the logging
 * context while the request is handled; the trace and span ids are put there by the
 * tracer.
 */
class ReportIdLoggingContext implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get(ConsumedEventObservation.REPORT_ID) instanceof String reportId) {
			MDC.put(ConsumedEventObservation.REPORT_ID, reportId);
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		MDC.remove(ConsumedEventObservation.REPORT_ID);
	}

}
