package org.onegrid.attachment;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes uploads that no case step ever referred to once they are older than {@code onegrid.attachments.unused-after}:
 * a photo taken and then not reported, or a report abandoned after its photo went up. The record goes first, in its
 * own transaction, then the file, so that a record never names a missing file; a crash between the two leaves at
 * most a file nobody can reach. Several instances may sweep at once: each skips the rows another holds.
 */
@Component
public class UnusedUploads {

	private static final Logger log = LoggerFactory.getLogger(UnusedUploads.class);

	private static final int BATCH = 500;

	private final Attachments attachments;

	private final FileStore store;

	private final AttachmentProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	UnusedUploads(Attachments attachments, FileStore store, AttachmentProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.attachments = attachments;
		this.store = store;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onegrid.attachments.sweep-interval:1h}", initialDelayString = "10m")
	void onSchedule() {
		int removed = sweep();
		if (removed > 0) {
			log.info("Removed {} uploads that no case used within {}", removed, properties.unusedAfter());
		}
	}

	/** Removes every unused upload past its time, and says how many. */
	public int sweep() {
		Instant cutoff = clock.instant().minus(properties.unusedAfter());
		int total = 0;
		List<StoredAttachment> removed;
		do {
			try {
				removed = transactions.execute(status -> attachments.removeUnused(cutoff, BATCH));
			}
			catch (DataIntegrityViolationException raced) {
				log.debug("A case step referred to an old upload while it was being removed; kept for now", raced);
				return total;
			}
			for (StoredAttachment gone : removed) {
				delete(gone);
			}
			total += removed.size();
		}
		while (removed.size() == BATCH);
		return total;
	}

	private void delete(StoredAttachment gone) {
		try {
			store.delete(gone.key());
		}
		catch (IOException e) {
			log.warn("The file of removed upload {} could not be deleted; it is unreachable and can be removed by hand",
					gone.key(), e);
		}
	}
}
