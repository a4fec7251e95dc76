package org.onegrid.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open311 calls made as an anonymous client, with their answers read as JSON or as XML. */
record Open311Documents(MockMvc mvc) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Answer(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		Document xml() {
			try {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				return factory.newDocumentBuilder()
					.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
			}
			catch (Exception e) {
				throw new IllegalStateException("Not XML: " + body, e);
			}
		}

		String xpath(String expression) {
			try {
				return XPathFactory.newInstance().newXPath().evaluate(expression, xml());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		int count(String expression) {
			try {
				return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, xml(),
						XPathConstants.NODESET)).getLength();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}

	Answer perform(MockHttpServletRequestBuilder request) {
		try {
			MvcResult result = mvc.perform(request).andReturn();
			return new Answer(result.getResponse().getStatus(), result.getResponse().getContentType(),
					result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Submits a request for service C0101 inside the Open311 layer with the reporting client's key, and gives its
	 * {@code service_request_id}. Each comes from a citizen of its own, so that none is taken as a retry of another.
	 */
	String submitRequest(String description) {
		Answer answer = perform(MockMvcRequestBuilders.post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey())
			.param("service_code", "C0101")
			.param("lat", Open311Clients.LAT)
			.param("long", Open311Clients.LONG)
			.param("description", description)
			.param("email", "citizen" + System.nanoTime() + "@example.org"));
		if (answer.status() != 200) {
			throw new AssertionError("The request was refused: " + answer.body());
		}
		return answer.json().path(0).path("service_request_id").asString();
	}
}
