package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineScriptPolicyTests {

	private static final String HASH = "'sha256-abc='";

	@Test
	void addsTheHashToTheScriptSourcesOnly() {
		assertThat(InlineScriptPolicy.admitting("default-src 'self'; script-src 'self'; style-src 'self'", HASH))
			.isEqualTo("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'");
	}

	@Test
	void copiesTheDefaultSourcesForScriptsWhenThePolicyNamesNone() {
		assertThat(InlineScriptPolicy.admitting("default-src 'self' https://tiles.example; img-src *", HASH))
			.isEqualTo("default-src 'self' https://tiles.example; img-src *; "
					+ "script-src 'self' https://tiles.example 'sha256-abc='");
	}

	@Test
	void leavesAPolicyThatRestrictsNoScriptsAsItIs() {
		assertThat(InlineScriptPolicy.admitting("img-src *", HASH)).isEqualTo("img-src *");
		assertThat(InlineScriptPolicy.admitting(null, HASH)).isNull();
	}
}
