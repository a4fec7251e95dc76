package org.onegrid.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started OneGrid where to open it.
 */
@Component
class StartupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

	@EventListener
	void announce(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
			int port = web.getWebServer().getPort();
			log.info("OneGrid is running: command centre http://localhost:{}/  API docs http://localhost:{}/swagger-ui.html",
					port, port);
		}
	}
}
