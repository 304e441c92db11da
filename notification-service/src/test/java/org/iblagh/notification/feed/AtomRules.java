package org.iblagh.notification.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The RFC 4287 constraints a feed library does not enforce when parsing (section 4.1):
 * exactly one id, title and updated per feed and entry, an author for every entry, a link
 * or content for every entry, RFC 3339 dates.
 */
public final class AtomRules {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomRules() {
	}

	public static List<String> violations(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		List<String> problems = new ArrayList<>();
		Element feed = doc.getDocumentElement();
		if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
			problems.add("root is not atom:feed");
			return problems;
		}
		exactlyOne(feed, "id", problems);
		exactlyOne(feed, "title", problems);
		exactlyOne(feed, "updated", problems);
		boolean feedAuthor = !children(feed, "author").isEmpty();
		for (Element entry : children(feed, "entry")) {
			exactlyOne(entry, "id", problems);
			exactlyOne(entry, "title", problems);
			exactlyOne(entry, "updated", problems);
			if (!feedAuthor && children(entry, "author").isEmpty()) {
				problems.add("entry without author");
			}
			if (children(entry, "content").isEmpty() && children(entry, "link").stream()
				.noneMatch((l) -> l.getAttribute("rel").isEmpty() || "alternate".equals(l.getAttribute("rel")))) {
				problems.add("entry with neither content nor alternate link");
			}
			for (String date : List.of("updated", "published")) {
				for (Element d : children(entry, date)) {
					if (!d.getTextContent()
						.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)")) {
						problems.add("not an RFC 3339 date: " + d.getTextContent());
					}
				}
			}
		}
		return problems;
	}

	private static void exactlyOne(Element parent, String name, List<String> problems) {
		int n = children(parent, name).size();
		if (n != 1) {
			problems.add(parent.getLocalName() + " has " + n + " atom:" + name);
		}
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

}
