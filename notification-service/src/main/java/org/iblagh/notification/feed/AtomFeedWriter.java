package org.iblagh.notification.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.iblagh.notification.referral.EvidenceItem;
import org.iblagh.notification.referral.Referral;

/**
 * Writes an office's referrals as an RFC 4287 Atom feed. The XML writer escapes every
 * value, so a summary can never break the document.
 */
public final class AtomFeedWriter {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	/**
	 * @param baseUrl this service's public base URL, for self and entry links
	 * @param updated when the feed last changed (the newest entry, or now when empty)
	 */
	public String write(String officeId, String officeName, List<Referral> referrals, String baseUrl, Instant updated) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = this.factory.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", "urn:iblagh:feed:" + officeId);
			element(xml, "title", "Iblagh – " + ((officeName != null) ? officeName : officeId));
			element(xml, "updated", time(updated));
			link(xml, "self", baseUrl + "/feeds/" + officeId + ".atom", "application/atom+xml");
			link(xml, "alternate", baseUrl + "/api/v1/offices/" + officeId + "/referrals", "application/json");
			xml.writeStartElement("author");
			element(xml, "name", "Iblagh");
			xml.writeEndElement();
			element(xml, "generator", "Iblagh notification-service");
			for (Referral referral : referrals) {
				entry(xml, referral, baseUrl);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
		return out.toString();
	}

	private void entry(XMLStreamWriter xml, Referral referral, String baseUrl) throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", "urn:iblagh:referral:" + referral.referralId());
		element(xml, "title", "[" + referral.priority() + "] " + referral.category() + " – " + referral.reportId());
		Instant changed = latest(referral);
		element(xml, "published", time(referral.notifiedAt()));
		element(xml, "updated", time(changed));
		link(xml, "alternate", baseUrl + "/api/v1/referrals/" + referral.referralId(), "application/json");
		if (referral.exportUrl() != null) {
			link(xml, "related", referral.exportUrl(), "application/zip");
		}
		category(xml, "urn:iblagh:category", String.valueOf(referral.category()));
		category(xml, "urn:iblagh:priority", String.valueOf(referral.priority()));
		category(xml, "urn:iblagh:status", referral.status().name());
		element(xml, "summary", (referral.summary() != null) ? referral.summary() : "");
		xml.writeStartElement("content");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(content(referral));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static String content(Referral referral) {
		StringBuilder text = new StringBuilder();
		text.append("report: ").append(referral.reportId()).append('\n');
		text.append("addressee: ").append(referral.addressee()).append('\n');
		if (referral.offenceClass() != null) {
			text.append("offence class: ").append(referral.offenceClass()).append('\n');
		}
		referral.suggestedOffences()
			.forEach((o) -> text.append("offence: ").append(o.code()).append(' ').append(o.article()).append('\n'));
		referral.indicators()
			.forEach((i) -> text.append("indicator: ")
				.append(i.type())
				.append(' ')
				.append((i.normalized() != null) ? i.normalized() : i.value())
				.append('\n'));
		for (EvidenceItem e : referral.evidence()) {
			text.append("evidence: ")
				.append(e.fileName())
				.append(" (")
				.append(e.mediaType())
				.append(", ")
				.append(e.size())
				.append(" bytes) sha256=")
				.append(e.sha256())
				.append('\n');
		}
		referral.basis()
			.forEach((b) -> text.append("basis: ").append(b.rule()).append(' ').append(b.detail()).append('\n'));
		return text.toString();
	}

	private static Instant latest(Referral r) {
		Instant latest = r.notifiedAt();
		for (Instant at : new Instant[] { r.acknowledgedAt(), r.escalatedAt(),
				(r.instruction() != null) ? r.instruction().at() : null }) {
			if (at != null && at.isAfter(latest)) {
				latest = at;
			}
		}
		return latest;
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static void category(XMLStreamWriter xml, String scheme, String term) throws XMLStreamException {
		xml.writeEmptyElement("category");
		xml.writeAttribute("scheme", scheme);
		xml.writeAttribute("term", term);
	}

	private static String time(Instant at) {
		return DateTimeFormatter.ISO_INSTANT.format(at);
	}

}
