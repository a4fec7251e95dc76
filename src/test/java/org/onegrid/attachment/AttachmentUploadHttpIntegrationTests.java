package org.onegrid.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Uploads through the real servlet container, where multipart bodies are parsed: a body that is not well-formed
 * multipart, or one larger than the container's multipart limit sent without a length, is refused as problem+json
 * naming the part, never a 500 or an HTML page; and a file goes in and comes back with its headers.
 */
@IntegrationTest
class AttachmentUploadHttpIntegrationTests {

	private static final String BOUNDARY = "onegrid-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	TestApi api;

	private final HttpClient http = HttpClient.newHttpClient();

	private String token;

	@BeforeEach
	void takeToken() {
		token = api.post("/api/v1/auth/tokens", "{\"name\":\"uploads\",\"days\":1}").body().path("secret").asString();
	}

	@Test
	void uploadsAndServesAFileThroughTheServletContainer() throws Exception {
		byte[] png = TestPhotos.encoded("png");

		HttpResponse<String> upload = post(new ByteArrayInputStream(multipart("a.png", png)), true);

		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		String url = TestApi.parse(upload.body()).path("url").asString();
		HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(base() + url))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(png);
		assertThat(download.headers().allValues("Cache-Control")).containsExactly("private");
		assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).startsWith("inline;"));
	}

	@Test
	void takesAFileLargerThanTheGeneralBodyLimitWithItsLengthDeclared() throws Exception {
		byte[] photo = java.util.Arrays.copyOf(TestPhotos.encoded("jpg"), 3 * 1024 * 1024);

		HttpResponse<String> upload = post(new ByteArrayInputStream(multipart("big.jpg", photo)), true);

		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		assertThat(TestApi.parse(upload.body()).path("size").asLong()).isEqualTo(photo.length);
	}

	@Test
	void refusesABodyThatIsNotWellFormedMultipartAs400() throws Exception {
		HttpResponse<String> response = post(new ByteArrayInputStream(
				"this is no multipart body".getBytes(StandardCharsets.UTF_8)), true);

		assertProblem(response, 400);
	}

	@Test
	void refusesAnUploadOverTheContainersLimitSentWithoutALengthAs413() throws Exception {
		byte[] start = multipartStart("huge.jpg");
		InputStream body = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(start),
				new Zeros(65L * 1024 * 1024), new ByteArrayInputStream(multipartEnd()))));

		HttpResponse<String> response = post(body, false);

		JsonNode problem = assertProblem(response, 413);
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("file");
	}

	private HttpResponse<String> post(InputStream body, boolean knownLength) throws Exception {
		HttpRequest.BodyPublisher publisher = knownLength
				? HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes())
				: HttpRequest.BodyPublishers.ofInputStream(() -> body);
		return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/attachments"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(publisher)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		return TestApi.parse(response.body());
	}

	private static byte[] multipart(String name, byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(multipartStart(name));
		out.writeBytes(bytes);
		out.writeBytes(multipartEnd());
		return out.toByteArray();
	}

	private static byte[] multipartStart(String name) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] multipartEnd() {
		return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** A stream of that many zero bytes, made as it is read. */
	private static final class Zeros extends InputStream {

		private long left;

		Zeros(long count) {
			this.left = count;
		}

		@Override
		public int read() {
			if (left == 0) {
				return -1;
			}
			left--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left == 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
			left -= n;
			return n;
		}
	}
}
