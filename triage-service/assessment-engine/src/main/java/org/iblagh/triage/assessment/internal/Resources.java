package org.iblagh.triage.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the engine's data lives on the classpath.
 */
public final class Resources {

	public static final String ROOT = "org/iblagh/triage/assessment/";

	public static final String LEXICON = ROOT + "lexicon/";

	private Resources() {
	}

	public static Properties properties(String name) {
		Properties properties = new Properties();
		try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(ROOT + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + ROOT + name);
			}
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	public static int intProperty(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalStateException("Missing rule setting " + key);
		}
		return Integer.parseInt(value.strip());
	}

}
