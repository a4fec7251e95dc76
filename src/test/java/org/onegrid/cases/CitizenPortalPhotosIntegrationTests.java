package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.attachment.TestPhotos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A citizen's report through the portal with photos: the photos are shown back, by number, to whoever holds the
 * tracking code; a photo of the wrong kind, too big a photo or too many photos refuse the report field by field,
 * and a refused report leaves no photo stored.
 */
@IntegrationTest
class CitizenPortalPhotosIntegrationTests {

	private static final byte[] PNG = TestPhotos.encoded("png");

	private static final byte[] JPEG = TestPhotos.encoded("jpg");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		new CaseFixtures(api);
	}

	@Test
	void reportsWithPhotosAndShowsThemOnTracking() throws Exception {
		MvcResult filed = mvc.perform(report().file(photo("a.png", PNG)).file(photo("b.jpg", JPEG))).andReturn();
		assertThat(filed.getResponse().getStatus()).as(body(filed)).isEqualTo(201);
		JsonNode ticket = TestApi.parse(body(filed));
		String tracking = "{\"caseNo\":\"%s\",\"code\":\"%s\"}".formatted(ticket.path("caseNo").asString(),
				ticket.path("code").asString());

		JsonNode tracked = TestApi.parse(body(mvc.perform(post("/api/v1/portal/tracking")
			.contentType(MediaType.APPLICATION_JSON).content(tracking)).andReturn()));
		assertThat(tracked.path("photos").size()).isEqualTo(2);
		assertThat(tracked.path("photos").get(0).path("number").asInt()).isEqualTo(1);

		MvcResult first = photoOf(tracking, 1);
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		assertThat(first.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(first.getResponse().getContentAsByteArray()).isEqualTo(PNG);
		MvcResult second = photoOf(tracking, 2);
		assertThat(second.getResponse().getContentType()).isEqualTo("image/jpeg");
		assertThat(photoOf(tracking, 3).getResponse().getStatus()).isEqualTo(404);
		String wrongCode = tracking.replace(ticket.path("code").asString(), "AAAAAAAAAAAA");
		assertThat(photoOf(wrongCode, 1).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void refusesAPhotoThatIsNotAJpegOrPngByItsContentAndStoresNothing() throws Exception {
		long before = storedPhotos();
		MvcResult refused = mvc.perform(report().file(photo("ok.png", PNG))
			.file(new MockMultipartFile("photos", "fake.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("photos", "scan.pdf", "image/png", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8))))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).as(body(refused)).isEqualTo(400);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = TestApi.parse(body(refused));
		assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("photos[1]", "photos[2]");
		assertThat(problem.path("errors").findValuesAsString("code")).containsOnly("UNSUPPORTED_TYPE");
		assertThat(storedPhotos()).isEqualTo(before);
	}

	@Test
	void refusesTooBigAPhotoAndTooManyPhotosFieldByField() throws Exception {
		long before = storedPhotos();
		byte[] huge = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
		MvcResult refused = mvc.perform(report().file(photo("1.png", PNG)).file(photo("2.png", huge))
			.file(photo("3.png", PNG)).file(photo("4.png", PNG))).andReturn();
		assertThat(refused.getResponse().getStatus()).as(body(refused)).isEqualTo(400);
		JsonNode problem = TestApi.parse(body(refused));
		assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("photos", "photos[1]");
		assertThat(problem.path("errors").findValuesAsString("code")).containsExactly("TOO_MANY", "TOO_LARGE");
		assertThat(storedPhotos()).isEqualTo(before);
	}

	@Test
	void aReportTheIntakeRefusesKeepsNoPhoto() throws Exception {
		long before = storedPhotos();
		MvcResult refused = mvc.perform(multipart("/api/v1/portal/reports").file(reportPart("""
				{"requestId":"%s","kind":"COMPONENT","minorCode":"0201","description":"路面坑槽","lon":-170,"lat":-80}
				""".formatted(UUID.randomUUID()))).file(photo("a.png", PNG))).andReturn();
		assertThat(refused.getResponse().getStatus()).as(body(refused)).isBetween(400, 499);
		assertThat(storedPhotos()).isEqualTo(before);
	}

	@Test
	void aReportWithoutPhotosStillGoesInAsJsonAndShowsNone() throws Exception {
		MvcResult filed = mvc.perform(report()).andReturn();
		assertThat(filed.getResponse().getStatus()).as(body(filed)).isEqualTo(201);
		JsonNode ticket = TestApi.parse(body(filed));
		JsonNode tracked = TestApi.parse(body(mvc.perform(post("/api/v1/portal/tracking")
			.contentType(MediaType.APPLICATION_JSON).content("{\"caseNo\":\"%s\",\"code\":\"%s\"}".formatted(
					ticket.path("caseNo").asString(), ticket.path("code").asString()))).andReturn()));
		assertThat(tracked.path("photos").size()).isZero();
	}

	private MockMultipartHttpServletRequestBuilder report() {
		return multipart("/api/v1/portal/reports").file(reportPart("""
				{"requestId":"%s","kind":"COMPONENT","minorCode":"0201","description":"路面坑槽 / Pothole",
				 "lon":%s,"lat":%s}""".formatted(UUID.randomUUID(), CaseFixtures.LON, CaseFixtures.LAT)));
	}

	private static MockMultipartFile reportPart(String json) {
		return new MockMultipartFile("report", "", MediaType.APPLICATION_JSON_VALUE,
				json.getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("photos", name, "image/png", bytes);
	}

	private MvcResult photoOf(String tracking, int number) throws Exception {
		return mvc.perform(post("/api/v1/portal/tracking/photos/" + number).contentType(MediaType.APPLICATION_JSON)
			.content(tracking)).andReturn();
	}

	private long storedPhotos() {
		return jdbc.sql("select count(*) from attachment where uploaded_by = 'citizen-portal'").query(Long.class)
			.single();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
