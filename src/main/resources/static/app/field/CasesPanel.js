import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { CaseDetail } from './CaseDetail.js';
import { CaseList } from './CaseList.js';

const TASK_STATES = ['AWAITING_VERIFICATION', 'HANDLED'];

/** How many cases a page of either list holds. */
const PAGE_SIZE = 20;

/**
 * A list of cases with one opened in place. "tasks" are the cases waiting on a grid worker in their grids: reports
 * to verify (核实) and results to check (核查). "mine" are the cases the signed-in person reported, from any device,
 * as the server finds them. The list shows a page at first and the next on request, following the server's cursor,
 * so that nothing beyond the first page is dropped.
 */
export const CasesPanel = {
	props: { kind: { type: String, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		const field = inject('field');
		const cases = ref(null);
		const next = ref(null);
		const more = ref(false);
		const opened = ref(null);

		const read = (after) => get('/api/v1/cases', { ...(props.kind === 'tasks' ? { state: TASK_STATES }
			: { mine: true }), size: PAGE_SIZE, after });

		async function load() {
			await field.guard(async () => {
				const found = await read(null);
				cases.value = found.items;
				next.value = found.next;
			});
		}

		async function loadMore() {
			more.value = true;
			try {
				await field.guard(async () => {
					const found = await read(next.value);
					const shown = new Set(cases.value.map((item) => item.id));
					cases.value = cases.value.concat(found.items.filter((item) => !shown.has(item.id)));
					next.value = found.next;
				});
			}
			finally {
				more.value = false;
			}
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
				cases.value !== null && next.value ? h('button', { type: 'button', class: 'secondary', id: `${props.kind}-more`,
					disabled: more.value, onClick: loadMore }, more.value ? t('loading') : t('list.more')) : null,
			]);
		};
	},
};
