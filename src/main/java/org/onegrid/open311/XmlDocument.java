package org.onegrid.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Open311 document as the spec's XML: a map's entries become child elements, a list's items repeat the
 * singular of the list's name ({@code services} holds {@code service} elements), and {@code null} becomes an empty
 * element.
 */
final class XmlDocument {

	private static final Map<String, String> ITEMS = Map.of("services", "service", "attributes", "attribute",
			"values", "value", "errors", "error", "endpoints", "endpoint", "formats", "format",
			"service_requests", "request", "service_request_updates", "request_update");

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private XmlDocument() {
	}

	static String write(String root, Object document) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root, document);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("An Open311 document could not be written as XML", e);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				element(xml, entry.getKey().toString(), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String item = ITEMS.getOrDefault(name, "item");
			for (Object each : list) {
				element(xml, item, each);
			}
		}
		else if (value != null) {
			xml.writeCharacters(value.toString());
		}
		xml.writeEndElement();
	}
}
