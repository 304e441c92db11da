package org.iblagh.intake.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The portal's languages are the message bundles on the classpath: adding Tamazight is
 * adding {@code messages_zgh.properties} (with {@code lang.name} and {@code lang.dir}),
 * nothing else. Arabic comes first and is the default.
 */
public final class PortalLanguages {

	public static final String DEFAULT = "ar";

	private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

	private final List<Language> languages;

	private PortalLanguages(List<Language> languages) {
		this.languages = List.copyOf(languages);
	}

	public static PortalLanguages fromClasspath() {
		List<Language> found = new ArrayList<>();
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/messages_*.properties")) {
				Matcher matcher = BUNDLE.matcher(String.valueOf(bundle.getFilename()));
				if (!matcher.matches()) {
					continue;
				}
				Properties properties = new Properties();
				try (InputStream in = bundle.getInputStream()) {
					properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
				}
				String code = matcher.group(1);
				found.add(new Language(code, properties.getProperty("lang.name", code),
						"rtl".equals(properties.getProperty("lang.dir")) ? "rtl" : "ltr"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		found.sort(
				(a, b) -> DEFAULT.equals(a.code()) ? -1 : DEFAULT.equals(b.code()) ? 1 : a.code().compareTo(b.code()));
		return new PortalLanguages(found);
	}

	public List<Language> all() {
		return this.languages;
	}

	/** The supported language for a requested code, or Arabic. */
	public Language resolve(String requested) {
		return this.languages.stream()
			.filter((l) -> l.code().equalsIgnoreCase(String.valueOf(requested).strip()))
			.findFirst()
			.orElseGet(() -> this.languages.stream()
				.filter((l) -> DEFAULT.equals(l.code()))
				.findFirst()
				.orElse(new Language(DEFAULT, "العربية", "rtl")));
	}

	/**
	 * @param dir {@code rtl} or {@code ltr}
	 */
	public record Language(String code, String name, String dir) {

		public Locale locale() {
			return Locale.forLanguageTag(this.code);
		}

	}

}
