package org.onegrid.assessment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reads the periods a live score is compared with (the month before, the same month a year before) while the caller
 * reads the period itself, so that a live assessment takes about as long as its longest read where the machine has
 * cores to spare. There are at most as many reading threads as cores; when all are busy, the caller reads the
 * comparison itself, so a crowd of readers never waits in a queue behind one another.
 */
@Component
class Comparisons implements DisposableBean {

	private final ThreadPoolExecutor threads;

	Comparisons() {
		AtomicInteger count = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
				new SynchronousQueue<>(), task -> {
					Thread thread = new Thread(task, "assessment-comparison-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	/** Starts the read, and answers what it read (or rethrows what it threw) when asked. */
	<T> Supplier<T> start(Supplier<T> read) {
		CompletableFuture<T> reading = CompletableFuture.supplyAsync(read, threads);
		return () -> {
			try {
				return reading.join();
			}
			catch (CompletionException failed) {
				if (failed.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (failed.getCause() instanceof Error error) {
					throw error;
				}
				throw failed;
			}
		};
	}

	@Override
	public void destroy() {
		threads.shutdownNow();
	}
}
