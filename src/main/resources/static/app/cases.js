import { get, send } from './api.js';
import { el } from './dom.js';
import { guarded } from './errors.js';
import { t } from './messages.js';

/**
 * The command centre's case panel: a list of the cases in the user's scope, and for the chosen one its clock,
 * timeline and the actions its state allows. An action sends the version shown, so a case someone else changed
 * meanwhile is refused (409) rather than overwritten; the panel then shows the case as it now is.
 */
const FILTERS = {
	open: { open: true },
	red: { open: true, light: 'RED' },
	arbitration: { state: 'ARBITRATION' },
};

/** The fields each action gets from the panel: the note, as a reason where the action needs one. */
const ACTION_FIELDS = {
	file: { conditionMet: true },
	close: { conditionMet: true },
	check: { passed: true },
	verify: { confirmed: true },
};

const REASONED = ['reject', 'return', 'escalate', 'deny', 'request-suspension', 'request-void'];

export async function showCases(gridMap) {
	const filter = FILTERS[document.getElementById('cases-filter').value];
	const page = await get('/api/v1/cases', { ...filter, size: 50 });
	const list = document.getElementById('case-list');
	list.replaceChildren(...(page.items.length ? page.items.map((item) => el('li', {
		id: `case-item-${item.id}`, className: `case-item light-${(item.light || 'none').toLowerCase()}`,
		onclick: () => guarded(() => showCase(item.id, gridMap)),
	}, `${item.caseNo} · ${item.stateName.zh} ${item.stateName.en} · ${item.description}`))
		: [el('li', { className: 'muted' }, t('cases.empty'))]));
	list.dataset.loaded = 'true';
}

export async function showCase(id, gridMap) {
	render(await get(`/api/v1/cases/${id}`), gridMap);
}

function render(view, gridMap) {
	gridMap.markPoint(view.lon, view.lat);
	const note = el('input', { id: 'case-note', placeholder: t('cases.note') });
	const actions = view.allowedActions.filter((action) => !['merge', 'arbitrate', 'assist-feedback', 'supervise',
		'answer-supervision', 'evaluate', 'request-postponement'].includes(action));
	const facts = [
		[t('cases.handlingGrid'), view.handlingGrid],
		[t('cases.lead'), view.assignment ? view.assignment.lead : '—'],
		[t('cases.deadline'), view.clock ? `${view.clock.deadline} (${view.clock.light})` : (view.clockWarning || '—')],
	];
	document.getElementById('case-detail').replaceChildren(
		el('h3', { id: 'case-title' }, `${view.caseNo} · ${view.stateName.zh} ${view.stateName.en}`),
		el('p', {}, view.description),
		el('dl', { className: 'facts' }, ...facts.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)])),
		el('h4', {}, t('cases.actions')),
		actions.length ? el('div', { className: 'row-form' }, note, ...actions.map((action) => el('button', {
			type: 'button', id: `case-action-${action}`, onclick: () => guarded(() => act(view, action, gridMap)),
		}, action))) : el('p', { className: 'muted' }, t('cases.noActions')),
		el('h4', {}, t('cases.timeline')),
		el('ol', { id: 'case-timeline' }, ...view.timeline.map((entry) => el('li', {},
			`${entry.at} ${entry.action} → ${entry.to} · ${entry.actor}${entry.note ? ` · ${entry.note}` : ''}`))));
	document.getElementById('case-detail').dataset.caseId = String(view.id);
	document.getElementById('case-detail').dataset.state = view.state;
}

async function act(view, action, gridMap) {
	const text = document.getElementById('case-note').value.trim() || undefined;
	const body = { version: view.version, note: text, ...(ACTION_FIELDS[action] || {}) };
	if (REASONED.includes(action)) {
		body.reason = text;
	}
	if (action === 'feedback' && !text) {
		body.note = '已处置 / Handled';
	}
	try {
		render(await send('POST', `/api/v1/cases/${view.id}/actions/${action}`, body), gridMap);
	}
	catch (failure) {
		await showCase(view.id, gridMap);
		throw failure;
	}
	finally {
		await showCases(gridMap);
	}
}
