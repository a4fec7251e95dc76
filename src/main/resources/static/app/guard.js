/**
 * Runs a page's actions so that a refusal is shown, never lost: `problem` (a ref the page's ProblemBox shows) takes
 * the server's problem+json, or a failure on the device worded with the page's `error.heading`; `before`, when
 * given, runs first (clearing a notice, say). The guard answers whether the action succeeded.
 */
export function guardWith(problem, t, before = () => {}) {
	return async function guard(action) {
		problem.value = null;
		before();
		try {
			await action();
			return true;
		}
		catch (failure) {
			problem.value = failure && failure.problem ? failure.problem
				: { title: t('error.heading'), detail: String(failure && failure.message ? failure.message : failure),
					errors: [] };
			return false;
		}
	};
}
