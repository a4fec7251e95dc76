package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page's Chinese and English message bundles ({@code messages.zh-CN.js} and {@code messages.en.js} side by
 * side, anywhere under {@code static/app}) name the same keys, each once, so that switching the language never shows
 * a key or falls back to the other language.
 */
class MessageBundlesTests {

	private static final Path APP = Path.of("src", "main", "resources", "static", "app");

	private static final String CHINESE = "messages.zh-CN.js";

	private static final String ENGLISH = "messages.en.js";

	/** A key at the start of a line of the exported object: quoted with ' or ", or a bare name, then a colon. */
	private static final Pattern KEY = Pattern
		.compile("^\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"|([A-Za-z_$][\\w$]*))\\s*:");

	@Test
	void everyChineseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
		List<Path> folders = bundleFolders();
		assertThat(folders).as("folders with message bundles").isNotEmpty();
		for (Path folder : folders) {
			Path chinese = folder.resolve(CHINESE);
			Path english = folder.resolve(ENGLISH);
			assertThat(chinese).as("the Chinese twin of " + english).exists();
			assertThat(english).as("the English twin of " + chinese).exists();
			Set<String> zh = keys(chinese);
			Set<String> en = keys(english);
			assertThat(zh).as(chinese + " has keys").isNotEmpty();
			assertThat(difference(zh, en)).as("keys in " + chinese + " missing from " + english).isEmpty();
			assertThat(difference(en, zh)).as("keys in " + english + " missing from " + chinese).isEmpty();
		}
	}

	@Test
	void coversTheCalendarAndTheWorkbench() throws IOException {
		assertThat(bundleFolders()).contains(APP.resolve("calendar"), APP.resolve("desk"));
	}

	@Test
	void readsQuotedAndBareKeysAndRefusesAKeyGivenTwice() throws IOException {
		Path file = Files.createTempFile("messages", ".js");
		try {
			Files.writeString(file, """
					export default {
						'page.title': 'Title: with a colon',
						"error.field": "{0}: {1}",
						bare: 'x',
					};
					""");
			assertThat(keys(file)).containsExactly("page.title", "error.field", "bare");
			Files.writeString(file, "export default {\n\t'a': 'x',\n\t'a': 'y',\n};\n");
			assertThatThrownBy(() -> keys(file)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("'a'");
		}
		finally {
			Files.delete(file);
		}
	}

	private static List<Path> bundleFolders() throws IOException {
		try (Stream<Path> files = Files.walk(APP)) {
			return files.filter(path -> path.getFileName().toString().equals(CHINESE)
					|| path.getFileName().toString().equals(ENGLISH))
				.map(Path::getParent)
				.distinct()
				.sorted()
				.toList();
		}
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Set<String> keys = new LinkedHashSet<>();
		for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
			Matcher matcher = KEY.matcher(line);
			if (matcher.find()) {
				String key = matcher.group(1) != null ? matcher.group(1)
						: matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
				if (!keys.add(key)) {
					throw new AssertionError(bundle + " names the key '" + key + "' twice");
				}
			}
		}
		return keys;
	}

	private static Set<String> difference(Set<String> from, Set<String> without) {
		Set<String> rest = new TreeSet<>(from);
		rest.removeAll(without);
		return rest;
	}
}
