package org.onegrid.cases;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Gathers the writes of many threads into batches, without a thread of its own: a thread that submits a write while
 * fewer than {@link #MAX_LEADERS} batches are on their way becomes a leader, takes the writes waiting (at most one
 * per case, oldest first) and stores them; the others wait until their write is done. So one write alone is stored
 * at once by its own thread, and many at the same time share a round trip and one commit. A leader that is done
 * wakes only the threads whose writes it stored, and the thread of the oldest write still waiting to lead the next
 * batch, so that many waiting threads cost no more than the batches they are in.
 */
final class GroupCommit {

	/** At most this many batches are on their way at once: one can commit while the next executes. */
	static final int MAX_LEADERS = 2;

	static final int MAX_BATCH = 64;

	private final Consumer<List<CaseWrite>> store;

	private final ReentrantLock lock = new ReentrantLock();

	private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

	private int leaders;

	/** {@code store} must mark every write of the batch done, whatever happens. */
	GroupCommit(Consumer<List<CaseWrite>> store) {
		this.store = store;
	}

	/** A write and the condition its thread waits on. */
	private record Waiting(CaseWrite write, Condition wake) {
	}

	/** Returns once the write is done: stored by this thread as a leader, or by another. */
	void submit(CaseWrite write) {
		lock.lock();
		try {
			Waiting mine = new Waiting(write, lock.newCondition());
			waiting.add(mine);
			while (!write.done) {
				if (leaders == MAX_LEADERS || waiting.isEmpty()) {
					mine.wake.awaitUninterruptibly();
					continue;
				}
				lead();
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** Stores the next batch, with the lock released meanwhile, then wakes its writers and the next leader. */
	private void lead() {
		leaders++;
		List<Waiting> batch = nextBatch();
		lock.unlock();
		try {
			store.accept(batch.stream().map(Waiting::write).toList());
		}
		finally {
			lock.lock();
			leaders--;
			batch.forEach(done -> done.wake.signal());
			Waiting next = waiting.peek();
			if (next != null) {
				next.wake.signal();
			}
		}
	}

	/**
	 * The writes waiting, oldest first, at most one per case: a second write of the same case waits for the next
	 * batch, where it finds the case changed, as it would have one after the other.
	 */
	private List<Waiting> nextBatch() {
		List<Waiting> batch = new ArrayList<>();
		Set<Long> cases = new HashSet<>();
		Iterator<Waiting> next = waiting.iterator();
		while (next.hasNext() && batch.size() < MAX_BATCH) {
			Waiting one = next.next();
			if (cases.add(one.write.c.id)) {
				batch.add(one);
				next.remove();
			}
		}
		return batch;
	}
}
