import { t } from './messages.js';
import { el } from './dom.js';

const area = () => document.getElementById('error-area');

/** Shows a failure in the error area: the problem's title, detail and every individual error. */
export function showError(failure) {
	const problem = failure && failure.problem ? failure.problem
		: { title: t('error.heading'), detail: failure && failure.message ? failure.message : String(failure), errors: [] };
	const items = (problem.errors || []).map((error) => el('li', {}, describe(error)));
	const box = area();
	box.replaceChildren(
		el('button', { type: 'button', id: 'error-dismiss', className: 'link', onclick: clearError }, t('error.dismiss')),
		el('strong', { id: 'error-title' }, problem.title || t('error.heading')),
		el('p', { id: 'error-detail' }, problem.detail || ''),
		items.length ? el('ul', { id: 'error-list' }, ...items) : '',
	);
	box.hidden = false;
	console.error(problem);
}

export function clearError() {
	area().hidden = true;
	area().replaceChildren();
}

/** Runs an async action and shows any failure instead of letting it vanish. */
export async function guarded(action) {
	try {
		return await action();
	}
	catch (failure) {
		showError(failure);
		return undefined;
	}
}

function describe(error) {
	if (error.featureIndex !== undefined) {
		return t('error.feature', error.featureIndex, error.detail, error.code);
	}
	return t('error.field', error.field || '—', error.detail, error.code);
}
