package org.onegrid.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.springframework.dao.DataAccessException;

/**
 * What a load creates and changes, entry by entry, and how many entries were already as the bundle says. A module
 * that refuses an entry while it is written stops the load with that entry's place: the transaction around the
 * load then undoes everything written before.
 */
final class Changes {

	private final List<ProfileChange> changes = new ArrayList<>();

	private int unchanged;

	/**
	 * Writes the entry when it differs from what is stored: {@code stored} is {@code null} for a new entry, and
	 * {@code same} tells whether a stored entry already says what the bundle says.
	 */
	<T> void apply(Item<?> item, String section, T stored, Supplier<Boolean> same, Runnable write) {
		if (stored != null && same.get()) {
			unchanged++;
			return;
		}
		run(item, write);
		changes.add(new ProfileChange(item.file(), item.line(), section, item.key(), stored == null ? "create"
				: "update"));
	}

	/** Runs one write for the entry, turning a module's refusal into an error at the entry's place. */
	static void run(Item<?> item, Runnable write) {
		try {
			write.run();
		}
		catch (ApiProblem problem) {
			StringBuilder reason = new StringBuilder(problem.getMessage() == null ? "" : problem.getMessage());
			for (Object error : problem.errors()) {
				reason.append(error instanceof Violation v ? "; " + v.field() + ": " + v.detail() : "; " + error);
			}
			throw new LateError(new ProfileError(item.file(), item.line(), "REFUSED",
					item.key() + ": " + reason));
		}
		catch (DataAccessException e) {
			throw new LateError(new ProfileError(item.file(), item.line(), "REFUSED", item.key()
					+ ": the database refused it (" + e.getMostSpecificCause().getMessage() + ")"));
		}
	}

	List<ProfileChange> list() {
		return List.copyOf(changes);
	}

	int unchanged() {
		return unchanged;
	}

	/** A module refused an entry while it was written; the load is undone. */
	static final class LateError extends RuntimeException {

		private final ProfileError error;

		LateError(ProfileError error) {
			super(error.toString(), null, false, false);
			this.error = error;
		}

		ProfileError error() {
			return error;
		}
	}
}
