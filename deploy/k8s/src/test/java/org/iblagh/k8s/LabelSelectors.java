package org.iblagh.k8s;

import java.util.Map;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;

/**
 * Kubernetes label selector semantics (matchLabels and matchExpressions), as the API
 * server applies them.
 */
final class LabelSelectors {

	private LabelSelectors() {
	}

	static boolean matches(LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return false;
		}
		return matches(selector.getMatchLabels(), labels)
				&& selector.getMatchExpressions().stream().allMatch((requirement) -> matches(requirement, labels));
	}

	static boolean matches(Map<String, String> selector, Map<String, String> labels) {
		Map<String, String> actual = (labels != null) ? labels : Map.of();
		return selector == null || selector.entrySet()
			.stream()
			.allMatch((entry) -> entry.getValue().equals(actual.get(entry.getKey())));
	}

	static boolean isEmpty(LabelSelector selector) {
		return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
				&& selector.getMatchExpressions().isEmpty());
	}

	private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
		Map<String, String> actual = (labels != null) ? labels : Map.of();
		String value = actual.get(requirement.getKey());
		return switch (requirement.getOperator()) {
			case "In" -> value != null && requirement.getValues().contains(value);
			case "NotIn" -> value == null || !requirement.getValues().contains(value);
			case "Exists" -> value != null;
			case "DoesNotExist" -> value == null;
			default -> throw new IllegalArgumentException("Unknown selector operator " + requirement.getOperator());
		};
	}

}
