package org.onegrid.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasesProperties.class)
class CasesConfiguration {

	@Bean
	CaseCache caseCache(CasesProperties properties) {
		return new CaseCache(properties.cacheSize());
	}
}
