package org.onegrid.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes bundle files: YAML in block style with Chinese as it is, and the bundle as a zip. */
final class BundleWriter {

	private BundleWriter() {
	}

	static String yaml(String heading, Object document) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setSplitLines(false);
		return "# " + heading + "\n" + new Yaml(options).dump(document);
	}

	static byte[] zip(Map<String, String> files) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
