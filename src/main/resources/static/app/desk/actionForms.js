/**
 * What each action asks for, field by field, named as the action request names them, so that the server's field
 * errors land next to the field they are about. The server decides what is required; the form only says so.
 */
const NOTE = { name: 'note', type: 'textarea', label: 'field.note' };
const REASON = { name: 'reason', type: 'textarea', label: 'field.reason', required: true };
const ATTACHMENTS = { name: 'attachments', type: 'attachments', label: 'field.attachments' };
const FEEDBACK = { ...NOTE, label: 'field.feedbackNote', required: true };

export const ACTION_FIELDS = {
	verify: [{ name: 'confirmed', type: 'yesno', label: 'field.confirmed', yes: 'field.confirmedYes',
		no: 'field.confirmedNo', required: true }, { ...REASON, required: false }, NOTE],
	accept: [NOTE],
	reject: [REASON, NOTE],
	file: [{ name: 'conditionMet', type: 'confirm', label: 'field.conditionMet', condition: 'filingCondition' },
		{ name: 'minorCode', type: 'category', label: 'field.recategorise' },
		{ name: 'urgency', type: 'choice', label: 'field.urgency', prefix: 'urgency', blank: 'field.keep',
			values: ['CRITICAL', 'URGENT', 'ELEVATED', 'NORMAL'] },
		{ name: 'tier', type: 'choice', label: 'field.tier', prefix: 'tier', blank: 'field.keep',
			values: ['MINOR', 'GENERAL', 'SERIOUS', 'MAJOR'] }, NOTE],
	arbitrate: [{ name: 'department', type: 'department', label: 'field.arbitrateDepartment', required: true },
		{ name: 'assistingDepartments', type: 'assisting', label: 'field.assisting' },
		{ name: 'recordRule', type: 'checkbox', label: 'field.recordRule' }, NOTE],
	dispatch: [{ name: 'department', type: 'department', label: 'field.department', required: true },
		{ name: 'assistingDepartments', type: 'assisting', label: 'field.assisting' }, NOTE],
	sign: [NOTE],
	coordinate: [{ name: 'department', type: 'department', label: 'field.department', required: true },
		{ name: 'assistingDepartments', type: 'assisting', label: 'field.assisting' }, NOTE],
	return: [REASON, NOTE],
	feedback: [FEEDBACK, ATTACHMENTS],
	'assist-feedback': [{ name: 'department', type: 'outstanding', label: 'field.department', required: true },
		FEEDBACK, ATTACHMENTS],
	check: [{ name: 'passed', type: 'yesno', label: 'field.passed', yes: 'passed.true', no: 'passed.false',
		required: true }, NOTE, ATTACHMENTS],
	close: [{ name: 'conditionMet', type: 'confirm', label: 'field.closeConditionMet', condition: 'closingCondition' },
		NOTE],
	evaluate: [{ name: 'satisfaction', type: 'choice', label: 'field.satisfaction', prefix: 'satisfaction',
		blank: 'field.choose', values: ['SATISFIED', 'MOSTLY_SATISFIED', 'DISSATISFIED'], required: true }, NOTE],
	'request-postponement': [{ name: 'days', type: 'number', label: 'field.days', required: true }, REASON],
	'request-suspension': [REASON],
	'request-void': [REASON],
	'hand-back': [REASON],
	approve: [NOTE],
	deny: [REASON],
	resume: [NOTE],
	merge: [{ name: 'targetCaseId', type: 'number', label: 'field.targetCaseId', required: true }, NOTE],
	escalate: [REASON, NOTE],
	relocate: [{ name: 'lon', type: 'coordinate', label: 'field.lon', required: true },
		{ name: 'lat', type: 'coordinate', label: 'field.lat', required: true }, REASON, NOTE],
	supervise: [{ name: 'noticeKind', type: 'choice', label: 'field.noticeKind', prefix: 'noticeKind',
		values: ['SUPERVISE', 'URGE'] }, { ...NOTE, label: 'field.noticeNote', required: true }],
	'answer-supervision': [{ name: 'noticeId', type: 'notice', label: 'field.noticeId', required: true },
		{ ...NOTE, label: 'field.answer', required: true }],
};

/** The form's first values: the responsibility matrix's suggestion for a dispatch, the first open notice… */
export function initialValues(action, view) {
	const values = {};
	for (const field of ACTION_FIELDS[action] || []) {
		values[field.name] = field.type === 'assisting' ? [] : field.type === 'checkbox' || field.type === 'confirm'
			? false : '';
	}
	const suggestion = view.responsibility;
	if ((action === 'dispatch' || action === 'arbitrate') && suggestion) {
		values.department = suggestion.leadDepartment
			|| (suggestion.basis === 'TERRITORIAL' && suggestion.territory ? `grid:${suggestion.territory}` : '');
		values.assistingDepartments = [...(suggestion.assistingDepartments || [])];
	}
	if (action === 'supervise') {
		values.noticeKind = 'SUPERVISE';
	}
	if (action === 'answer-supervision') {
		const open = (view.notices || []).find((notice) => !notice.answeredAt);
		values.noticeId = open ? String(open.id) : '';
	}
	if (action === 'relocate') {
		values.lon = String(view.lon);
		values.lat = String(view.lat);
	}
	if (action === 'assist-feedback') {
		values.department = outstanding(view)[0] || '';
	}
	return values;
}

/** The request body: the version seen, and each field as the API wants it; blanks are left out. */
export function requestBody(action, view, values, directory) {
	const body = { version: view.version };
	for (const field of ACTION_FIELDS[action] || []) {
		const value = values[field.name];
		if (field.type === 'yesno') {
			body[field.name] = value === 'true' ? true : value === 'false' ? false : undefined;
		}
		else if (field.type === 'confirm' || field.type === 'checkbox') {
			body[field.name] = Boolean(value);
		}
		else if (field.type === 'number' || field.type === 'coordinate') {
			body[field.name] = String(value).trim() === '' ? undefined : Number(value);
		}
		else if (field.type === 'attachments') {
			const lines = String(value).split('\n').map((line) => line.trim()).filter(Boolean);
			body.attachments = lines.length ? lines : undefined;
		}
		else if (field.type === 'assisting') {
			body.assistingDepartments = [...value].filter((code) => code !== values.department);
		}
		else if (field.type === 'category') {
			const minor = value ? directory.minors.get(value) : null;
			body.minorCode = minor ? minor.code : undefined;
			body.kind = minor ? minor.kind : undefined;
		}
		else if (field.type === 'notice') {
			body.noticeId = value === '' ? undefined : Number(value);
		}
		else {
			body[field.name] = String(value).trim() === '' ? undefined : value;
		}
	}
	return body;
}

/** The assisting departments that have not fed back yet. */
export function outstanding(view) {
	return view.assignment ? view.assignment.assisting.filter((assist) => !assist.fedBackAt)
		.map((assist) => assist.department) : [];
}
