package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class ComparisonsTests {

	@Test
	void aComparisonIsReadOnAnotherThreadAndAnsweredWhenAsked() {
		Comparisons comparisons = new Comparisons();
		Thread caller = Thread.currentThread();
		Supplier<Thread> reader = comparisons.start(Thread::currentThread);
		assertThat(reader.get()).isNotSameAs(caller);
		comparisons.destroy();
	}

	@Test
	void whatTheReadThrewIsRethrownAsItself() {
		Comparisons comparisons = new Comparisons();
		Supplier<Object> failing = comparisons.start(() -> {
			throw new IllegalStateException("no such month");
		});
		assertThatThrownBy(failing::get).isInstanceOf(IllegalStateException.class).hasMessage("no such month");
		comparisons.destroy();
	}

	@Test
	void whenEveryThreadIsBusyTheCallerReadsItself() throws Exception {
		Comparisons comparisons = new Comparisons();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(Runtime.getRuntime().availableProcessors());
		List<Supplier<Boolean>> busy = new ArrayList<>();
		for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
			busy.add(comparisons.start(() -> {
				started.countDown();
				try {
					return release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}));
		}
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
		Thread caller = Thread.currentThread();
		assertThat(comparisons.start(Thread::currentThread).get()).isSameAs(caller);
		release.countDown();
		busy.forEach(read -> assertThat(read.get()).isTrue());
		comparisons.destroy();
	}
}
