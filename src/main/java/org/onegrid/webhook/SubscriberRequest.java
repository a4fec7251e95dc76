package org.onegrid.webhook;

import java.util.List;

/**
 * What an administrator sends to add or change a subscriber.
 *
 * @param url where events are POSTed: {@code http} or {@code https}, without user name or password
 * @param secret the key that signs every delivery, 16 to 200 characters; when absent the server makes one (on
 * creation) or keeps the current one (on change), and shows a new one only in that answer
 * @param eventTypes the public names of the events wanted, such as {@code case.closed}
 * @param grids only cases that lie in one of these grids or below them; none or empty for every case
 * @param active whether events are recorded and sent; {@code true} when absent
 */
public record SubscriberRequest(String url, String secret, List<String> eventTypes, List<GridScope> grids,
		Boolean active) {

	/** A grid of a layer; cases located in it or in any grid below it match. */
	public record GridScope(String layer, String grid) {
	}
}
