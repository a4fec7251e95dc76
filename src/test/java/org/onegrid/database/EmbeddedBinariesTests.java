package org.onegrid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JDK is all one needs: on every platform people run OneGrid on, the embedded PostgreSQL finds its own binaries on
 * the classpath, under the name the embedded server looks for ({@code postgres-<system>-<architecture>.txz}), and not
 * a stand-in for another architecture.
 */
class EmbeddedBinariesTests {

	private static final byte[] XZ_MAGIC = { (byte) 0xFD, '7', 'z', 'X', 'Z', 0 };

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource({
			"Linux, amd64, postgres-linux-x86_64.txz",
			"Linux, aarch64, postgres-linux-arm_64.txz",
			"Mac OS X, x86_64, postgres-darwin-x86_64.txz",
			"Mac OS X, aarch64, postgres-darwin-arm_64.txz",
			"Windows 11, amd64, postgres-windows-x86_64.txz",
			"Windows Server 2022, amd64, postgres-windows-x86_64.txz" })
	void findsTheBinariesForThePlatform(String osName, String osArch, String expected) throws IOException {
		String system = systemOf(osName);
		String architecture = ArchUtils.normalize(osArch);
		String resource = "postgres-" + system.toLowerCase() + "-" + architecture + ".txz";
		assertThat(resource).isEqualTo(expected);

		var copies = Collections.list(getClass().getClassLoader().getResources(resource));
		assertThat(copies).as("copies of %s on the classpath", resource).hasSize(1);
		try (var binaries = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
			assertThat(binaries.readNBytes(6)).as("an xz archive").startsWith(XZ_MAGIC);
		}
	}

	/** The system name the embedded server derives from {@code os.name}. */
	private static String systemOf(String osName) {
		if (osName.startsWith("Windows")) {
			return "Windows";
		}
		if (osName.startsWith("Mac OS X")) {
			return "Darwin";
		}
		if (osName.startsWith("Linux")) {
			return "Linux";
		}
		throw new IllegalArgumentException("No embedded PostgreSQL for " + osName);
	}
}
