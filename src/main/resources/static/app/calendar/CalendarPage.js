import { guardWith } from '../guard.js';
import { api, get } from '../api.js';
import { h, inject, onMounted, ref, watchEffect } from '../vue.js';
import { DeadlineTry } from './DeadlineTry.js';
import { ExceptionEditor } from './ExceptionEditor.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { ScheduleLoader } from './ScheduleLoader.js';
import { StatusBanner } from './StatusBanner.js';
import { YearsTable } from './YearsTable.js';

/**
 * The page: how long the schedules last, the years that have one, loading a year, single-day exceptions and a
 * time-limit check. Children report through one context: reload after a change, a notice, or a refusal to show.
 */
export const CalendarPage = {
	setup() {
		const { t } = inject('i18n');
		const coverage = ref(null);
		const me = ref(null);
		const problem = ref(null);
		const notice = ref('');

		async function reload() {
			coverage.value = await get('/api/v1/calendar/years');
		}

		const guard = guardWith(problem, t, () => { notice.value = ''; });

		const context = { reload, guard, notify: (text) => { notice.value = text; } };

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			await reload();
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));


		return () => h('div', { class: 'calendar-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'calendar-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				coverage.value ? [
					h(StatusBanner, { status: coverage.value.status }),
					h(YearsTable, { coverage: coverage.value, context }),
					h(ScheduleLoader, { coverage: coverage.value, context }),
					h(ExceptionEditor, { today: coverage.value.status.today, context }),
					h(DeadlineTry, { zone: coverage.value.zone, today: coverage.value.status.today, context }),
				] : h('p', { class: 'muted' }, t('loading')),
			]),
		]);
	},
};
