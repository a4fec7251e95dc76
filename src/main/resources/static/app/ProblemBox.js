import { h, inject } from './vue.js';

/**
 * A refusal from the server, or a failure on the device, as the page's bundle words it: its title, its detail and
 * every field error, announced to screen readers, until dismissed. The page's bundle holds `error.heading`,
 * `error.dismiss` and `error.field` (field, detail, code).
 */
export const ProblemBox = {
	props: { problem: Object },
	emits: ['dismiss'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		return () => {
			const problem = props.problem;
			if (!problem) {
				return null;
			}
			const errors = problem.errors || [];
			return h('div', { id: 'error-area', class: 'problem', role: 'alert' }, [
				h('button', { type: 'button', id: 'error-dismiss', class: 'link', onClick: () => emit('dismiss') },
					t('error.dismiss')),
				h('strong', { id: 'error-title' }, problem.title || t('error.heading')),
				problem.detail ? h('p', { id: 'error-detail' }, problem.detail) : null,
				errors.length ? h('ul', { id: 'error-list' }, errors.map((error) => h('li', { 'data-field': error.field,
					'data-code': error.code }, t('error.field', error.field || '—', error.detail || error.code,
					error.code)))) : null,
			]);
		};
	},
};
