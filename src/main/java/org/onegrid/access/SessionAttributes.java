package org.onegrid.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How a session's attributes are kept in the database, where every instance reads them: Java serialization of the
 * signed-in caller's security context and of the instant the session signed in. An attribute that this version of
 * OneGrid cannot read back (one written by a version whose classes differ) counts as absent, so the session is
 * simply signed out, instead of failing at every request.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributes {

	private static final Logger log = LoggerFactory.getLogger(SessionAttributes.class);

	/** Spring Session looks this conversion service up by its name. */
	@Bean
	ConversionService springSessionConversionService() {
		var deserializer = new DeserializingConverter(SessionAttributes.class.getClassLoader());
		var conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException e) {
				log.warn("A session attribute could not be read back and is ignored: {}", e.getMessage());
				return null;
			}
		});
		return conversions;
	}
}
