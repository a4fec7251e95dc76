import { h, inject } from '../vue.js';

/**
 * The server's refusals of one field (or of every field under a prefix such as `timeLimits[2]`), worded for an
 * administrator: the bundle's text for the refusal's code where it has one, the server's own detail otherwise.
 */
export const FieldErrors = {
	props: { problem: Object, field: { type: String, required: true }, id: String },
	setup(props) {
		const { t } = inject('i18n');
		return () => {
			const errors = ((props.problem && props.problem.errors) || []).filter((error) => error.field === props.field
				|| (error.field || '').startsWith(`${props.field}.`) || (error.field || '').startsWith(`${props.field}[`));
			return errors.length ? h('span', { id: props.id, class: 'field-error', role: 'alert' },
				errors.map((error) => wording(t, error)).join(';')) : null;
		};
	},
};

/** One refusal in words: the bundle's text for its code, with the server's detail when the bundle has none. */
export function wording(t, error) {
	const key = `refusal.${error.code}`;
	const known = t(key) !== key;
	return known ? t(key, error.detail || '') : (error.detail || error.code);
}
