package org.onegrid.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * POSTs one claimed delivery with its id, type, timestamp and signature headers, and reports what came back. Only
 * a 2xx answer within the timeout succeeds; a redirect is not followed and counts as a failure, so that a
 * subscriber cannot steer the server elsewhere.
 */
@Component
class Sender {

	/** What one attempt came to: a status when an answer came, and an error when it failed. */
	record Outcome(Deliveries.Claimed row, Integer status, String error) {

		boolean succeeded() {
			return error == null;
		}
	}

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient client;

	Sender(WebhookProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sends without blocking; the answer completes with the outcome, never exceptionally. */
	CompletableFuture<Outcome> send(Deliveries.Claimed row) {
		HttpRequest request;
		try {
			URI target = URI.create(row.url());
			if (!properties.allowPrivateTargets() && TargetAddress.isPrivate(target.getHost())) {
				return CompletableFuture.completedFuture(new Outcome(row, null,
						"the target resolves to a loopback, private or link-local address"));
			}
			long timestamp = clock.instant().getEpochSecond();
			request = HttpRequest.newBuilder(target)
				.timeout(properties.timeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.header("User-Agent", "OneGrid-Webhooks")
				.header("X-OneGrid-Event-Id", row.eventId().toString())
				.header("X-OneGrid-Event-Type", row.eventType())
				.header("X-OneGrid-Timestamp", Long.toString(timestamp))
				.header("X-OneGrid-Signature", Signature.of(row.secret(), timestamp, row.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(row.payload()))
				.build();
		}
		catch (IllegalArgumentException e) {
			return CompletableFuture.completedFuture(new Outcome(row, null, "unusable URL: " + e.getMessage()));
		}
		return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
			if (failure != null) {
				Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
				return new Outcome(row, null, cause.getClass().getSimpleName()
						+ (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
			}
			int status = response.statusCode();
			return status >= 200 && status < 300 ? new Outcome(row, status, null)
					: new Outcome(row, status, "answered HTTP " + status);
		});
	}
}
