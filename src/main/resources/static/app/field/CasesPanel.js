import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { CaseDetail } from './CaseDetail.js';
import { CaseList } from './CaseList.js';

const TASK_STATES = ['AWAITING_VERIFICATION', 'HANDLED'];

/**
 * A list of cases with one opened in place. "tasks" are the cases waiting on a grid worker in their grids: reports
 * to verify (核实) and results to check (核查). "mine" are the cases the signed-in person reported, from any device,
 * as the server finds them.
 */
export const CasesPanel = {
	props: { kind: { type: String, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		const field = inject('field');
		const cases = ref(null);
		const opened = ref(null);

		async function load() {
			await field.guard(async () => {
				if (props.kind === 'tasks') {
					const query = TASK_STATES.map((state) => `state=${state}`).join('&');
					cases.value = (await get(`/api/v1/cases?${query}&size=100`)).items;
				}
				else {
					cases.value = (await get('/api/v1/cases', { mine: true, size: 100 })).items;
				}
			});
		}

		onMounted(load);

		return () => {
			if (opened.value !== null) {
				return h(CaseDetail, { caseId: opened.value, key: opened.value,
					onBack: () => { opened.value = null; cases.value = null; load(); } });
			}
			const heading = props.kind === 'tasks' ? t('tasks.heading') : t('mine.heading');
			return h('section', { id: `${props.kind}-panel`, class: 'panel', 'aria-labelledby': `${props.kind}-heading` }, [
				h('div', { class: 'panel-head' }, [
					h('h2', { id: `${props.kind}-heading` }, heading),
					h('button', { type: 'button', class: 'secondary', id: `${props.kind}-reload`, onClick: load },
						t('list.reload')),
				]),
				props.kind === 'tasks' ? h('p', { class: 'hint' }, t('tasks.hint')) : null,
				cases.value === null ? h('p', { class: 'muted' }, t('loading'))
					: h(CaseList, { cases: cases.value, listId: `${props.kind}-list`,
						empty: props.kind === 'tasks' ? t('tasks.none') : t('mine.none'),
						onOpen: (id) => { opened.value = id; } }),
			]);
		};
	},
};
