package org.onegrid.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.SignIn;
import org.onegrid.attachment.AttachmentCalls.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploading and reading back photos and documents: types are told by content, sizes are held to the limit, a grid
 * worker's photos lose their GPS position while a command-centre operator's keep it, and nobody but the uploader
 * (or a reader of a case that uses the file) may read it.
 */
@IntegrationTest
class AttachmentIntegrationTests {

	private static final String PASSWORD = "attachment-test-password";

	private static volatile boolean created;

	@Autowired
	MockMvc mvc;

	@Autowired
	SignIn signIn;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AttachmentProperties properties;

	@BeforeEach
	void setUp() {
		if (!created) {
			account("att-worker", "full-time-worker");
			account("att-other", "full-time-worker");
			account("att-intake", "intake-operator");
			account("att-citizen", "citizen");
			account("att-leader", "leader");
			created = true;
		}
	}

	@Test
	void storesAFileAndGivesItBackWithItsTypeAndSafeHeaders() {
		byte[] png = TestPhotos.encoded("png");

		Answer upload = as("att-worker").upload("路面/照片.png", "application/octet-stream", png);

		assertThat(upload.status()).as(upload.text()).isEqualTo(201);
		String id = upload.json().path("id").asString();
		assertThat(upload.header("Location")).isEqualTo("/api/v1/attachments/" + id);
		assertThat(upload.json().path("url").asString()).isEqualTo("/api/v1/attachments/" + id);
		assertThat(upload.json().path("contentType").asString()).isEqualTo("image/png");
		assertThat(upload.json().path("size").asLong()).isEqualTo(png.length);
		assertThat(upload.json().path("name").asString()).isEqualTo("照片.png");

		Answer download = as("att-worker").download("/api/v1/attachments/" + id);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(png);
		assertThat(download.contentType()).isEqualTo("image/png");
		assertThat(download.header("Cache-Control")).isEqualTo("private");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.header("Content-Disposition")).startsWith("inline;").contains("filename*=UTF-8''");
		assertThat(jdbc.sql("SELECT sha256 FROM attachment WHERE id = ?::uuid").param(id).query(String.class)
			.single()).isEqualTo(sha256(png));
	}

	@Test
	void keepsTheBytesInTheDirectoryAndOnlyMetadataInTheDatabase() throws IOException {
		String url = as("att-worker").uploaded("scan.pdf", "application/pdf", pdf());
		String id = url.substring(url.lastIndexOf('/') + 1);

		Path file = properties.directory().toAbsolutePath().resolve(id.substring(0, 2)).resolve(id);
		assertThat(file).exists().hasBinaryContent(pdf());
		assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'attachment' "
				+ "AND data_type = 'bytea'").query(Long.class).single()).isZero();
		Answer download = as("att-worker").download(url);
		assertThat(download.contentType()).isEqualTo("application/pdf");
		assertThat(download.header("Content-Disposition")).startsWith("attachment;");
	}

	@Test
	void refusesAFileByItsContentWhateverItsNameAndTypeClaim() throws IOException {
		long before = rows();
		List<Path> filesBefore = storedFiles();
		byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

		Answer html = as("att-worker").upload("photo.jpg", "image/jpeg", page);
		Answer gif = as("att-worker").upload("photo.png", "image/png", TestPhotos.encoded("gif"));

		for (Answer refused : List.of(html, gif)) {
			assertThat(refused.status()).as(refused.text()).isEqualTo(415);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
			assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("UNSUPPORTED_TYPE");
		}
		assertThat(rows()).isEqualTo(before);
		assertThat(storedFiles()).isEqualTo(filesBefore);
	}

	@Test
	void refusesAFileOverTheSizeLimitWith413() {
		long before = rows();
		byte[] large = new byte[(int) properties.maxSize().toBytes() + 1];
		System.arraycopy(TestPhotos.encoded("jpg"), 0, large, 0, 100);

		Answer refused = as("att-worker").upload("large.jpg", "image/jpeg", large);

		assertThat(refused.status()).as(refused.text()).isEqualTo(413);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("TOO_LARGE");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void refusesAMissingOrEmptyFileNamingTheField() {
		for (Answer refused : List.of(as("att-worker").upload("x.jpg", "image/jpeg", null),
				as("att-worker").upload("x.jpg", "image/jpeg", new byte[0]))) {
			assertThat(refused.status()).as(refused.text()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
			assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("REQUIRED");
		}
	}

	@Test
	void removesTheGpsPositionFromAGridWorkersPhoto() throws IOException {
		byte[] photo = TestPhotos.jpegWithGps(ByteOrder.BIG_ENDIAN);

		String url = as("att-worker").uploaded("IMG_0001.JPG", "image/jpeg", photo);

		byte[] stored = as("att-worker").download(url).bytes();
		assertThat(TestPhotos.exifTags(stored)).containsExactly(0x010F);
		assertThat(TestPhotos.contains(stored, TestPhotos.LATITUDE_SECONDS)).isFalse();
		assertThat(TestPhotos.contains(stored, TestPhotos.LONGITUDE_SECONDS)).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(stored))).isNotNull()
			.satisfies(image -> assertThat(image.getWidth()).isEqualTo(32));
		assertThat(jdbc.sql("SELECT location_removed FROM attachment WHERE id = ?::uuid")
			.param(url.substring(url.lastIndexOf('/') + 1)).query(Boolean.class).single()).isTrue();
	}

	@Test
	void keepsThePositionForARoleThatKeepsLocations() {
		byte[] photo = TestPhotos.jpegWithGps(ByteOrder.BIG_ENDIAN);

		String url = as("att-intake").uploaded("IMG_0002.JPG", "image/jpeg", photo);

		byte[] stored = as("att-intake").download(url).bytes();
		assertThat(stored).isEqualTo(photo);
		assertThat(TestPhotos.exifTags(stored)).contains(0x8825);
	}

	@Test
	void letsCitizensUploadForTheirReportsButNotRolesThatNeitherReportNorHandle() {
		assertThat(as("att-citizen").upload("c.jpg", "image/jpeg", TestPhotos.encoded("jpg")).status())
			.isEqualTo(201);

		Answer leader = as("att-leader").upload("l.jpg", "image/jpeg", TestPhotos.encoded("jpg"));
		assertThat(leader.status()).isEqualTo(403);
		assertThat(AttachmentCalls.anonymous(mvc).upload("a.jpg", "image/jpeg", TestPhotos.encoded("jpg")).status())
			.isEqualTo(401);
	}

	@Test
	void refusesTheFileToAnUnrelatedUserAsIfItDidNotExist() {
		String url = as("att-worker").uploaded("mine.png", "image/png", TestPhotos.encoded("png"));

		Answer other = as("att-other").download(url);
		Answer unknown = as("att-other").download("/api/v1/attachments/" + UUID.randomUUID());

		assertThat(other.status()).isEqualTo(404);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(TestPhotos.contains(other.bytes(), TestPhotos.encoded("png"))).isFalse();
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(AttachmentCalls.anonymous(mvc).download(url).status()).isEqualTo(401);
		assertThat(as("att-worker").download("/api/v1/attachments/not-a-uuid").status()).isEqualTo(400);
	}

	private long rows() {
		return jdbc.sql("SELECT count(*) FROM attachment").query(Long.class).single();
	}

	private List<Path> storedFiles() throws IOException {
		Path root = properties.directory().toAbsolutePath();
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
		}
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void account(String username, String role) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of(role), null, true),
				"test", false);
	}

	private AttachmentCalls as(String username) {
		return AttachmentCalls.as(mvc, signIn, username, PASSWORD);
	}
}
