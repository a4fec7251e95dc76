package org.onegrid.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripts a page's module needs, found by following its static {@code import} and {@code export … from}
 * statements through OneGrid's own scripts (a library from a webjar is one file and is not followed). Knowing them
 * all up front lets the browser ask for them at once rather than one level of imports per round trip, which on a
 * phone's slow link is most of the time a page takes. A script the page only loads on demand ({@code import(…)}) is
 * not among them; those are listed apart, with the ones they load on demand in turn, so that the page can announce
 * them all at once when it first needs them.
 * Libraries come first: each is far larger than any script of OneGrid's, so asked for first it
 * arrives while the small ones still wait for their round trips instead of after them.
 */
final class ModuleGraph {

	private static final Pattern IMPORT = Pattern.compile(
			"(?m)(?:^|[;}])\\s*(?:import|export)\\s+(?:[^'\";]*?\\s*from\\s*)?['\"]([^'\"]+\\.js)['\"]");

	private static final Pattern IMPORT_ON_DEMAND = Pattern.compile("\\bimport\\(\\s*['\"]([^'\"]+\\.js)['\"]\\s*\\)");

	private final ClassLoader classes;

	ModuleGraph(ClassLoader classes) {
		this.classes = classes;
	}

	/**
	 * Every script {@code entry} (a path such as {@code /app/desk/main.js}) imports, directly or not: the libraries,
	 * then OneGrid's own scripts, each in the order they were found.
	 */
	Set<String> importsOf(String entry) {
		Set<String> found = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		pending.add(entry);
		while (!pending.isEmpty()) {
			String module = pending.removeFirst();
			Optional<String> source = read(module);
			if (source.isEmpty()) {
				continue;
			}
			Matcher imports = IMPORT.matcher(source.get());
			while (imports.find()) {
				String target = URI.create(module).resolve(imports.group(1)).getPath();
				if (found.add(target) && target.startsWith("/app/")) {
					pending.add(target);
				}
			}
		}
		found.remove(entry);
		return librariesFirst(found);
	}

	/**
	 * The scripts the page of {@code entry} loads only on demand: each one a script it needs names in an
	 * {@code import(…)}, what that one imports, and so on through the scripts those load on demand in turn, less what
	 * the page has loaded already, libraries first. All of them are known up front, so that a script loaded on demand
	 * by another loaded on demand still has its place in the page's import map and is never fetched twice.
	 */
	Set<String> onDemandOf(String entry) {
		Set<String> loaded = new LinkedHashSet<>(importsOf(entry));
		loaded.add(entry);
		Set<String> later = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>(loaded);
		Set<String> searched = new LinkedHashSet<>();
		while (!pending.isEmpty()) {
			String module = pending.removeFirst();
			if (!searched.add(module)) {
				continue;
			}
			Matcher imports = IMPORT_ON_DEMAND.matcher(read(module).orElse(""));
			while (imports.find()) {
				String target = URI.create(module).resolve(imports.group(1)).getPath();
				Set<String> needed = new LinkedHashSet<>(importsOf(target));
				needed.add(target);
				later.addAll(needed);
				pending.addAll(needed);
			}
		}
		later.removeAll(loaded);
		return librariesFirst(later);
	}

	private static Set<String> librariesFirst(Set<String> modules) {
		Set<String> ordered = new LinkedHashSet<>();
		modules.stream().filter(module -> !module.startsWith("/app/")).forEach(ordered::add);
		ordered.addAll(modules);
		return ordered;
	}

	/** The text of a script of OneGrid's own, if there is one at that path. */
	private Optional<String> read(String path) {
		if (!path.startsWith("/app/") || path.contains("..")) {
			return Optional.empty();
		}
		try (InputStream in = classes.getResourceAsStream("static" + path)) {
			return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
