package org.iblagh.intake.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iblagh.contracts.Category;
import org.iblagh.intake.config.IntakeProperties;
import org.iblagh.intake.upload.EvidenceUploader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen portal: server-rendered pages in the reporter's language that submit to the
 * same public API as any other client.
 */
@Controller
class PortalController {

	/** Strings the pages' scripts need, by key prefix. */
	static final List<String> SCRIPT_KEYS = List.of("js.", "error.", "idtype.", "followup.from.", "category.");

	private final PortalLanguages languages;

	private final MessageSource messages;

	private final EvidenceUploader uploader;

	private final IntakeProperties properties;

	private final List<String> cities = Cities.spellings();

	private final JsonMapper json = JsonMapper.builder().build();

	private final java.util.Properties englishKeys;

	PortalController(PortalLanguages languages, MessageSource messages, EvidenceUploader uploader,
			IntakeProperties properties) {
		this.languages = languages;
		this.messages = messages;
		this.uploader = uploader;
		this.properties = properties;
		this.englishKeys = loadKeys();
	}

	@GetMapping("/")
	String report(@RequestParam(name = "lang", required = false) String lang, Model model) {
		common(lang, model);
		model.addAttribute("categories", List.of(Category.values()));
		model.addAttribute("cities", this.cities);
		model.addAttribute("identifierTypes",
				List.of("PHONE", "EMAIL", "HANDLE", "URL", "IBAN", "CRYPTO_WALLET", "OTHER"));
		var limits = this.uploader.limits();
		model.addAttribute("maxFiles", limits.maxFiles());
		model.addAttribute("maxFileMib", limits.maxFileSize() / (1024 * 1024));
		model.addAttribute("maxReportMib", limits.maxReportSize() / (1024 * 1024));
		return "report";
	}

	@GetMapping("/follow-up")
	String followUp(@RequestParam(name = "lang", required = false) String lang, Model model) {
		common(lang, model);
		var limits = this.uploader.limits();
		model.addAttribute("maxFiles", limits.maxFiles());
		model.addAttribute("maxFileMib", limits.maxFileSize() / (1024 * 1024));
		model.addAttribute("maxReportMib", limits.maxReportSize() / (1024 * 1024));
		return "follow-up";
	}

	private void common(String lang, Model model) {
		PortalLanguages.Language language = this.languages.resolve(lang);
		model.addAttribute("lang", language);
		model.addAttribute("languages", this.languages.all());
		model.addAttribute("scriptText", scriptText(language.locale()));
	}

	/** The translated strings of the scripts, as JSON in a data block of the page. */
	private String scriptText(Locale locale) {
		Map<String, String> text = new LinkedHashMap<>();
		this.englishKeys.stringPropertyNames()
			.stream()
			.filter((k) -> SCRIPT_KEYS.stream().anyMatch(k::startsWith))
			.sorted()
			.forEach((k) -> text.put(k, this.messages.getMessage(k, null, k, locale)));
		text.put("lang", locale.getLanguage());
		return this.json.writeValueAsString(text);
	}

	private static java.util.Properties loadKeys() {
		java.util.Properties keys = new java.util.Properties();
		try (var in = PortalController.class.getResourceAsStream("/messages/messages.properties")) {
			if (in != null) {
				keys.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return keys;
	}

}
