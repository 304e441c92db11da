package org.iblagh.intake.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scripts translate through the strings the page hands them ({@code SCRIPT_KEYS}). A
 * key the page does not hand over shows on screen as the key itself ("review.empty" did,
 * on the review step), so every key a script names must be handed over and translated in
 * every language.
 */
class PortalScriptTextTest {

	private static final List<String> SCRIPTS = List.of("portal.js", "report.js", "follow-up.js");

	private static final Pattern LITERAL_KEY = Pattern.compile("Portal\\.t\\('([A-Za-z0-9_.]+)'\\s*[,)]");

	@Test
	void everyKeyAScriptNamesIsHandedToItAndTranslatedInEveryLanguage() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String script : SCRIPTS) {
			Matcher m = LITERAL_KEY.matcher(read("static/js/" + script));
			while (m.find()) {
				keys.add(m.group(1));
			}
		}
		assertThat(keys).as("keys named by the scripts").hasSizeGreaterThan(10);
		List<String> problems = new ArrayList<>();
		for (String key : keys) {
			if (PortalController.SCRIPT_KEYS.stream().noneMatch(key::startsWith)) {
				problems.add(key + " is not handed to the scripts");
			}
			for (PortalLanguages.Language language : PortalLanguages.fromClasspath().all()) {
				if (!bundle(language.code()).containsKey(key)) {
					problems.add(key + " has no " + language.code() + " text");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource("messages/messages_" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static String read(String path) throws IOException {
		try (InputStream in = resource(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static InputStream resource(String path) {
		InputStream in = PortalScriptTextTest.class.getClassLoader().getResourceAsStream(path);
		assertThat(in).as(path).isNotNull();
		return in;
	}

}
