package org.onegrid.fieldwork;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FieldworkProperties.class)
class FieldworkConfiguration {
}
