package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
