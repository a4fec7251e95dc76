package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleGraphTests {

	private final ModuleGraph graph = new ModuleGraph(ModuleGraphTests.class.getClassLoader());

	@Test
	void followsOneGridsScriptsDownToTheLibraries() {
		assertThat(graph.importsOf("/app/desk/main.js")).contains("/app/vue.js", "/app/desk/Workbench.js",
				"/app/desk/queuePages.js", "/webjars/vue/3.5.13/dist/vue.runtime.esm-browser.prod.js")
			.doesNotContain("/app/desk/main.js");
	}

	@Test
	void listsTheLibrariesBeforeOneGridsOwnScripts() {
		List<String> modules = List.copyOf(graph.importsOf("/app/desk/main.js"));

		assertThat(modules.get(0)).startsWith("/webjars/");
		assertThat(modules.subList(1, modules.size())).allMatch(module -> module.startsWith("/app/"));
	}

	@Test
	void leavesOutWhatThePageLoadsOnDemand() {
		assertThat(graph.importsOf("/app/desk/main.js")).contains("/app/desk/detailOnDemand.js")
			.doesNotContain("/app/desk/CaseDetail.js", "/app/desk/ActionForm.js", "/app/desk/CaseMap.js");
	}

	@Test
	void listsWhatThePageLoadsOnDemandWithEverythingItNeedsBesides() {
		assertThat(graph.onDemandOf("/app/desk/main.js")).contains("/app/desk/CaseDetail.js", "/app/desk/ActionForm.js",
				"/app/desk/FormField.js", "/app/desk/PhotoUpload.js", "/app/desk/CaseMap.js", "/app/leaflet.js")
			.doesNotContain("/app/vue.js", "/app/desk/ProblemBox.js", "/app/desk/main.js");
	}

	@Test
	void followsScriptsLoadedOnDemandByScriptsLoadedOnDemand(@TempDir Path root) throws IOException {
		write(root, "main.js", "import { start } from './start.js';\nstart();\n");
		write(root, "start.js", "export const start = () => import('./panel.js');\n");
		write(root, "panel.js", "import { chart } from './chart.js';\nexport const more = () => import('./deeper.js');\n");
		write(root, "chart.js", "import '/webjars/echarts/echarts.esm.min.js';\nexport const chart = 1;\n");
		write(root, "deeper.js", "import { start } from './start.js';\nexport const again = () => import('./panel.js');\n");

		try (URLClassLoader classes = new URLClassLoader(new URL[] { root.toUri().toURL() }, null)) {
			ModuleGraph nested = new ModuleGraph(classes);

			assertThat(nested.onDemandOf("/app/t/main.js")).containsExactly("/webjars/echarts/echarts.esm.min.js",
					"/app/t/chart.js", "/app/t/panel.js", "/app/t/deeper.js");
		}
	}

	private static void write(Path root, String name, String text) throws IOException {
		Path file = root.resolve("static/app/t/" + name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}
}
