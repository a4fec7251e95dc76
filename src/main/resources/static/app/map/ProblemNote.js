import { h, inject } from '../vue.js';

/** A refusal from the API in words: its title, detail and every field error, until dismissed. */
export const ProblemNote = {
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
			return h('div', { id: 'error-area', role: 'alert' }, [
				h('button', { type: 'button', id: 'error-dismiss', class: 'link', onClick: () => emit('dismiss') },
					t('error.dismiss')),
				h('strong', { id: 'error-title' }, problem.title || t('error.heading')),
				h('p', { id: 'error-detail' }, problem.detail || ''),
				errors.length ? h('ul', { id: 'error-list' }, errors.map((error) => h('li', { 'data-field': error.field,
					'data-code': error.code }, `${error.field || '—'}: ${error.detail || error.code}`))) : null,
			]);
		};
	},
};
