package org.iblagh.intake.category;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.iblagh.contracts.Category;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/categories?lang=}: the 13 categories with a plain-language label,
 * description and examples.
 */
@RestController
class CategoryController {

	private final MessageSource messages;

	CategoryController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/api/v1/categories")
	List<CategoryView> categories(@RequestParam(name = "lang", required = false) String lang, Locale locale) {
		Locale chosen = (lang != null && lang.matches("[a-zA-Z]{2,3}")) ? Locale.forLanguageTag(lang) : locale;
		return Arrays.stream(Category.values())
			.map((c) -> new CategoryView(c.name(), text("category." + c.name() + ".label", chosen),
					text("category." + c.name() + ".description", chosen),
					text("category." + c.name() + ".examples", chosen)))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, "", locale);
	}

	/** One category; {@code examples} is an addition to API.md's fields. */
	record CategoryView(String code, String label, String description, String examples) {
	}

}
