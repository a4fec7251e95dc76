import { h } from '../vue.js';

/** The input that shows each field the server may name, so that its error sits under it and focus can go there. */
export const FIELD_INPUTS = {
	channel: 'channel-HOTLINE_12345',
	'channelDetails.ticketNo': 'channel-ref',
	'channelDetails.incidentNo': 'channel-ref',
	'reporter.name': 'caller-name',
	'reporter.phone': 'caller-phone',
	kind: 'category-search',
	minorCode: 'category-search',
	description: 'description',
	address: 'address',
	lon: 'place-lon',
	lat: 'place-lon',
	urgency: 'urgency',
	targetCaseId: 'duplicates',
};

/**
 * A refusal as words an operator understands, per input: { inputId: [{ field, code, text }] }, the first problem of
 * each input only. Codes OneGrid explains have their own sentence; any other shows the server's own detail after the
 * field's name.
 */
export function explain(problem, t) {
	const byInput = {};
	for (const error of (problem && problem.errors) || []) {
		const input = FIELD_INPUTS[error.field] || 'form';
		const name = t(`label.${error.field}`) === `label.${error.field}` ? error.field : t(`label.${error.field}`);
		const known = t(`field.${error.code}`, name);
		const text = known === `field.${error.code}` ? t('field.other', name, error.detail || error.code) : known;
		if (!byInput[input]) {
			byInput[input] = [{ field: error.field, code: error.code, text }];
		}
	}
	return byInput;
}

/** The error lines under one input, or nothing; the input points at them with aria-describedby. */
export function errorLines(errors, input) {
	const lines = errors[input];
	if (!lines) {
		return null;
	}
	return h('div', { id: `${input}-error`, class: 'field-error' },
		lines.map((line) => h('p', { 'data-field': line.field, 'data-code': line.code }, line.text)));
}

/** The attributes that tie an input to its hint and errors. */
export function described(errors, input, hint) {
	const ids = [hint, errors[input] ? `${input}-error` : null].filter(Boolean);
	return { 'aria-describedby': ids.length ? ids.join(' ') : null, 'aria-invalid': errors[input] ? 'true' : null };
}
