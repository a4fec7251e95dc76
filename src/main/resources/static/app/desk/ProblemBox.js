import { h, inject } from '../vue.js';

/**
 * A refusal or failure in a dispatcher's words (see problems.js), with what the server said when that helps, and
 * the field errors no form field showed. Announced to screen readers as an alert.
 */
export const ProblemBox = {
	props: { described: Object, id: { type: String, default: 'error-area' }, shownFields: { type: Array, default: () => [] } },
	emits: ['dismiss'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		return () => {
			const described = props.described;
			if (!described) {
				return null;
			}
			const rest = Object.entries(described.fields).filter(([field]) => !props.shownFields.includes(field));
			return h('div', { id: props.id, class: 'problem', role: 'alert', 'data-status': described.status }, [
				h('button', { type: 'button', class: 'link dismiss', onClick: () => emit('dismiss') }, t('problem.dismiss')),
				h('p', { class: 'problem-message' }, described.message),
				described.detail ? h('p', { class: 'problem-detail' }, t('problem.serverSaid', described.detail)) : null,
				rest.length ? h('ul', { class: 'problem-fields' }, rest.map(([field, text]) => h('li',
					{ 'data-field': field }, t('problem.field', field, text)))) : null,
			]);
		};
	},
};
