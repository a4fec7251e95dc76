/**
 * A refusal from the server in a dispatcher's words: one sentence for what happened, and one for each field that
 * needs changing, keyed by the field's name (attachments[2] counts as attachments).
 */
export function describe(failure, t) {
	const problem = failure && failure.problem ? failure.problem : null;
	const status = failure && failure.status !== undefined ? failure.status : -1;
	const known = (key) => t(key) !== key;
	let message;
	if (status === 0) {
		message = t('problem.network');
	}
	else if (known(`problem.${status}`)) {
		message = t(`problem.${status}`);
	}
	else {
		message = t('problem.other', status > 0 ? status : String(failure && failure.message ? failure.message : failure));
	}
	const fields = {};
	for (const error of (problem && problem.errors) || []) {
		const field = String(error.field || '').replace(/\[\d+\]$/, '');
		const text = known(`fieldError.${error.code}`) ? t(`fieldError.${error.code}`) : t('fieldError.other');
		fields[field] = fields[field] ? `${fields[field]} ${text}` : text;
	}
	const detail = problem && status !== 400 && status !== 409 ? problem.detail || '' : '';
	return { status, message, detail, fields, problem };
}
