package org.onegrid.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the API conventions that sit in front of every endpoint. Parameter rules run after the access rules, so
 * that a caller who may not call an endpoint learns nothing about its parameters; the request guard (body size,
 * NUL characters) runs first, so that no oversized body is read for anyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class ApiConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KnownParameters()).order(10);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		DateParameters.register(registry);
	}

	@Bean
	FilterRegistrationBean<DatabaseOutage> databaseOutage(MessageSource messages) {
		var registration = new FilterRegistrationBean<>(new DatabaseOutage(new ProblemWriter(messages)));
		registration.setOrder(-300);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestGuard> requestGuard(RequestLimits limits, MessageSource messages) {
		var registration = new FilterRegistrationBean<>(new RequestGuard(limits, new ProblemWriter(messages)));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/*");
		return registration;
	}
}
