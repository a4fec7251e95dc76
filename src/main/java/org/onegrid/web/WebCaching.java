package org.onegrid.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Libraries served from webjars (Vue, Leaflet, ECharts) carry their version in their path, so a browser may keep them
 * for a year without asking again: after the first visit a field worker's phone fetches only OneGrid's own small
 * scripts, and those only when they changed.
 */
@Configuration(proxyBeanMethods = false)
class WebCaching implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}
}
