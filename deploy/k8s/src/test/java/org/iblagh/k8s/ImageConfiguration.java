package org.iblagh.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One service's image as the Jib configuration of the root pom's {@code images} profile
 * describes it, with the service pom's properties filled in: read from the POMs
 * themselves, since the image cannot be built here (no registry for the base image).
 */
record ImageConfiguration(String service, String image, String baseImage, String user, List<String> ports,
		List<String> jvmFlags, Map<String, String> environment, List<String> volumes, Map<String, String> labels,
		boolean skipped) {

	static final String JIB = "jib-maven-plugin";

	private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

	static ImageConfiguration of(Path root, String service) throws Exception {
		Element rootPom = read(root.resolve("pom.xml"));
		Element servicePom = read(root.resolve(service).resolve("pom.xml"));
		Element profile = children(child(rootPom, "profiles"), "profile").stream()
			.filter((p) -> "images".equals(text(child(p, "id"))))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no images profile in the root pom"));
		Map<String, String> properties = new LinkedHashMap<>();
		properties.putAll(properties(child(profile, "properties")));
		properties.putAll(properties(child(servicePom, "properties")));
		properties.put("project.artifactId", text(child(servicePom, "artifactId")));
		properties.put("project.name", text(child(servicePom, "name")));
		properties.put("project.version", text(child(rootPom, "version")));
		Element jib = children(child(child(child(profile, "build"), "pluginManagement"), "plugins"), "plugin").stream()
			.filter((p) -> JIB.equals(text(child(p, "artifactId"))))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no Jib in the images profile's pluginManagement"));
		boolean applied = children(child(child(profile, "build"), "plugins"), "plugin").stream()
			.anyMatch((p) -> JIB.equals(text(child(p, "artifactId"))));
		Element configuration = child(jib, "configuration");
		Element container = child(configuration, "container");
		Resolver r = new Resolver(properties);
		return new ImageConfiguration(service, r.resolve(text(child(child(configuration, "to"), "image"))),
				r.resolve(text(child(child(configuration, "from"), "image"))),
				r.resolve(text(child(container, "user"))), values(child(container, "ports"), r),
				values(child(container, "jvmFlags"), r), map(child(container, "environment"), r),
				values(child(container, "volumes"), r), map(child(container, "labels"), r),
				!applied || Boolean.parseBoolean(r.resolve(text(child(configuration, "skip")))));
	}

	int port() {
		return Integer.parseInt(this.ports.get(0));
	}

	long uid() {
		return Long.parseLong(this.user.split(":")[0]);
	}

	long gid() {
		return Long.parseLong(this.user.split(":")[1]);
	}

	private record Resolver(Map<String, String> properties) {

		String resolve(String value) {
			if (value == null) {
				return null;
			}
			String resolved = value;
			for (int depth = 0; depth < 5 && resolved.contains("${"); depth++) {
				Matcher m = PROPERTY.matcher(resolved);
				StringBuilder out = new StringBuilder();
				while (m.find()) {
					String replacement = this.properties.get(m.group(1));
					if (replacement == null) {
						throw new IllegalStateException("unknown property ${" + m.group(1) + "} in " + value);
					}
					m.appendReplacement(out, Matcher.quoteReplacement(replacement));
				}
				m.appendTail(out);
				resolved = out.toString();
			}
			return resolved;
		}

	}

	private static Element read(Path pom) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(pom.toFile());
		return document.getDocumentElement();
	}

	private static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				return e;
			}
		}
		return null;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent != null) {
			for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
					found.add(e);
				}
			}
		}
		return found;
	}

	private static String text(Element element) {
		return (element != null) ? element.getTextContent().trim() : null;
	}

	private static Map<String, String> properties(Element properties) {
		Map<String, String> values = new LinkedHashMap<>();
		children(properties, null).forEach((e) -> values.put(e.getTagName(), text(e)));
		return values;
	}

	private static List<String> values(Element list, Resolver r) {
		return children(list, null).stream().map((e) -> r.resolve(text(e))).toList();
	}

	private static Map<String, String> map(Element parent, Resolver r) {
		Map<String, String> values = new LinkedHashMap<>();
		children(parent, null).forEach((e) -> values.put(e.getTagName(), r.resolve(text(e))));
		return values;
	}

}
