import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { CaseDetail } from './CaseDetail.js';
import { CaseList } from './CaseList.js';

const TASK_STATES = ['AWAITING_VERIFICATION', 'HANDLED'];

const MINE = 'onegrid.field.myReports';

/** Remembers on this device a case the worker reported, newest first, for "my reports". */
export function rememberReport(id) {
	const ids = [id, ...JSON.parse(localStorage.getItem(MINE) || '[]').filter((other) => other !== id)];
	localStorage.setItem(MINE, JSON.stringify(ids.slice(0, 30)));
}

/** A case as the list shows it, from the full view. */
function summaryOf(view) {
	return { ...view, deadline: view.open && view.clock ? view.clock.deadline : null };
}

/**
 * A list of cases with one opened in place. "tasks" are the cases waiting on a grid worker in their grids: reports
 * to verify (核实) and results to check (核查). "mine" are one's own reports: for a citizen, every case the server lets
 * them see (only their own); for a worker, the ones reported from this device.
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
				else if (!field.isWorker.value) {
					cases.value = (await get('/api/v1/cases', { size: 100 })).items;
				}
				else {
					const ids = JSON.parse(localStorage.getItem(MINE) || '[]');
					const views = await Promise.all(ids.map((id) => get(`/api/v1/cases/${id}`).catch(() => null)));
					cases.value = views.filter(Boolean).map(summaryOf);
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
				props.kind === 'mine' && field.isWorker.value ? h('p', { class: 'hint' }, t('mine.deviceHint')) : null,
				cases.value === null ? h('p', { class: 'muted' }, t('loading'))
					: h(CaseList, { cases: cases.value, listId: `${props.kind}-list`,
						empty: props.kind === 'tasks' ? t('tasks.none') : t('mine.none'),
						onOpen: (id) => { opened.value = id; } }),
			]);
		};
	},
};
