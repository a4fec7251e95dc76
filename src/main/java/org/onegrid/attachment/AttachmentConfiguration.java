package org.onegrid.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfiguration {

	@Bean
	FileStore attachmentStore(AttachmentProperties properties) {
		return new DirectoryStore(properties.directory());
	}
}
