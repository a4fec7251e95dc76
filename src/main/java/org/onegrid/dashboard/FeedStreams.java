package org.onegrid.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.onegrid.access.Grant;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The screens connected to this instance's feed, each with the grant it connected with: a line reaches only the
 * screens whose viewer may see its case. An idle connection carries a comment every heartbeat. When the
 * application stops, every connection is ended first, before the web server waits for requests in hand, so that
 * open feeds never hold up a shutdown; browsers reconnect to another instance and resume.
 */
@Component
class FeedStreams implements SmartLifecycle {

	/** How long a browser waits before reconnecting after the connection ends, in milliseconds. */
	static final long RECONNECT_MILLIS = 3_000;

	private final Set<Screen> screens = ConcurrentHashMap.newKeySet();

	private final Feed feed;

	private final DashboardProperties properties;

	private volatile boolean running;

	FeedStreams(Feed feed, DashboardProperties properties) {
		this.feed = feed;
		this.properties = properties;
	}

	/** One connected screen. Sends are serialised, since lines and heartbeats come from different threads. */
	private record Screen(SseEmitter emitter, Grant viewer) {

		synchronized boolean send(SseEmitter.SseEventBuilder event) {
			try {
				emitter.send(event);
				return true;
			}
			catch (IOException | IllegalStateException gone) {
				return false;
			}
		}
	}

	/**
	 * Opens a feed for the viewer. Without {@code lastId} it starts with the newest lines of the backlog; with it,
	 * it first replays the lines missed since, or, when too many were missed or they are no longer kept, tells the
	 * screen to reload its figures and open the feed afresh ({@code reset}).
	 */
	SseEmitter open(Grant viewer, Long lastId) {
		SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
		Screen screen = new Screen(emitter, viewer);
		emitter.onCompletion(() -> screens.remove(screen));
		emitter.onTimeout(() -> {
			screens.remove(screen);
			emitter.complete();
		});
		emitter.onError(failure -> screens.remove(screen));
		if (!running) {
			emitter.complete();
			return emitter;
		}
		screens.add(screen);
		screen.send(SseEmitter.event().name("hello").reconnectTime(RECONNECT_MILLIS).data(feed.newestId()));
		List<FeedEntry> backlog;
		if (lastId == null) {
			backlog = feed.latest(properties.backlog(), viewer);
		}
		else {
			backlog = feed.after(lastId, properties.replayLimit() + 1, viewer);
			if (backlog.size() > properties.replayLimit() || lastId + 1 < feed.oldestId()) {
				screen.send(SseEmitter.event().name("reset").data(feed.newestId()));
				return emitter;
			}
		}
		backlog.forEach(entry -> screen.send(event(entry)));
		return emitter;
	}

	/** Sends the line to every screen whose viewer may see it. */
	void deliver(FeedEntry entry) {
		for (Screen screen : screens) {
			if (entry.visibleTo(screen.viewer()) && !screen.send(event(entry))) {
				screens.remove(screen);
			}
		}
	}

	/**
	 * Tells every screen that lines may have been missed (the database was out of reach), so that it reloads its
	 * figures and opens the feed afresh.
	 */
	void resetAll(long newestId) {
		for (Screen screen : screens) {
			screen.send(SseEmitter.event().name("reset").data(newestId));
		}
	}

	int connected() {
		return screens.size();
	}

	@Scheduled(fixedDelayString = "${onegrid.dashboard.heartbeat:15s}",
			initialDelayString = "${onegrid.dashboard.heartbeat:15s}")
	void heartbeat() {
		for (Screen screen : screens) {
			if (!screen.send(SseEmitter.event().comment("heartbeat"))) {
				screens.remove(screen);
			}
		}
	}

	private static SseEmitter.SseEventBuilder event(FeedEntry entry) {
		return SseEmitter.event()
			.id(Long.toString(entry.item().id()))
			.name("case")
			.data(entry.item(), MediaType.APPLICATION_JSON);
	}

	@Override
	public void start() {
		running = true;
	}

	/** Ends every connection; runs before the web server's graceful shutdown waits for the requests in hand. */
	@Override
	public void stop() {
		running = false;
		for (Screen screen : screens) {
			screens.remove(screen);
			try {
				screen.emitter().complete();
			}
			catch (IllegalStateException alreadyDone) {
				// the connection had ended on its own
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}
}
