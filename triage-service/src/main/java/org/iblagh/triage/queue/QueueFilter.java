package org.iblagh.triage.queue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.support.web.ApiException;
import org.iblagh.triage.report.Lifecycle;

/**
 * The queue's filters. No status means the open reports (waiting for the unit);
 * {@code ALL} means every status.
 */
public record QueueFilter(Set<ReportStatus> statuses, Priority priority, Category category, int page, int size) {

	public static final int MAX_SIZE = 200;

	public static QueueFilter parse(String status, String priority, String category, Integer page, Integer size) {
		List<ApiException.FieldProblem> problems = new ArrayList<>();
		Set<ReportStatus> statuses = Lifecycle.OPEN;
		if (status != null && !status.isBlank()) {
			if ("ALL".equalsIgnoreCase(status.strip())) {
				statuses = EnumSet.allOf(ReportStatus.class);
			}
			else {
				statuses = EnumSet.noneOf(ReportStatus.class);
				for (String one : status.split(",")) {
					ReportStatus parsed = parse(ReportStatus.class, one, "status", problems);
					if (parsed != null) {
						statuses.add(parsed);
					}
				}
			}
		}
		Priority p = (priority != null && !priority.isBlank()) ? parse(Priority.class, priority, "priority", problems)
				: null;
		Category c = (category != null && !category.isBlank()) ? parse(Category.class, category, "category", problems)
				: null;
		int pageNumber = (page != null) ? page : 0;
		int pageSize = (size != null) ? size : 20;
		if (pageNumber < 0) {
			problems.add(new ApiException.FieldProblem("page", "INVALID", "page must be 0 or more"));
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			problems.add(new ApiException.FieldProblem("size", "INVALID", "size must be between 1 and " + MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw ApiException.invalid(problems);
		}
		return new QueueFilter(Set.copyOf(statuses), p, c, pageNumber, pageSize);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field,
			List<ApiException.FieldProblem> problems) {
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems
				.add(new ApiException.FieldProblem(field, "UNKNOWN_VALUE", "Unknown " + field + ": " + raw.strip()));
			return null;
		}
	}

}
