import { guardWith } from '../guard.js';
import { channelName, useChannels } from '../channels.js';
import { api, get } from '../api.js';
import { loadPermissions } from '../permissions.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { h, inject, onMounted, ref, watchEffect } from '../vue.js';
import { FigureTable } from './FigureTable.js';
import { lastMonth } from './format.js';
import { MonthStrip } from './MonthStrip.js';
import { PersonCases } from './PersonCases.js';
import { ScoreBoard } from './ScoreBoard.js';

export const TYPES = ['DEPARTMENT', 'GRID', 'CHANNEL', 'WORKER', 'OPERATOR'];

const PEOPLE = ['WORKER', 'OPERATOR'];

/**
 * A month's assessment as the reader may see it: the month's close, the ranking with its chart, every object's
 * figures, and for workers and operators the cases behind their figures. The server limits every row to the
 * reader's data scope; a worker sees their own month. The month comes from ?month=, then the month before this one.
 */
export const AssessmentPage = {
	setup() {
		const { t, locale } = inject('i18n');
		useChannels();
		const requested = new URLSearchParams(window.location.search).get('month');
		const me = ref(null);
		const zone = ref('Asia/Shanghai');
		const permissions = ref(new Set());
		const month = ref(requested || '');
		const type = ref('DEPARTMENT');
		const scores = ref(null);
		const figures = ref(null);
		const names = ref([]);
		const person = ref(null);
		const problem = ref(null);
		const departments = ref(new Map());

		const guard = guardWith(problem, t);

		async function load() {
			person.value = null;
			await guard(async () => {
				const period = { period: month.value, objectType: type.value };
				const [scored, measured, named] = await Promise.all([get('/api/v1/assessment/scores', period),
					get('/api/v1/assessment/indicators', period),
					get('/api/v1/assessment/indicator-names', { objectType: type.value })]);
				scores.value = scored;
				figures.value = measured;
				names.value = named;
			});
		}

		function objectName(code) {
			if (type.value === 'DEPARTMENT' && departments.value.has(code)) {
				const department = departments.value.get(code);
				return locale.value === 'en' ? department.nameEn || department.nameZh : department.nameZh;
			}
			return type.value === 'CHANNEL' ? channelName(code, locale, t) : code;
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			const caller = await api.me();
			const [calendar, held, known] = await Promise.all([get('/api/v1/calendar/years'), loadPermissions(caller),
				get('/api/v1/departments')]);
			me.value = caller;
			zone.value = calendar.zone || zone.value;
			permissions.value = held;
			departments.value = new Map(known.map((department) => [department.code, department]));
			month.value = month.value || lastMonth(zone.value);
			await load();
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		const context = { guard, objectName, zone };

		return () => h('div', { class: 'assessment-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'assessment-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				h('section', { class: 'controls', 'aria-label': t('controls.label') }, [
					h('label', { for: 'month' }, t('controls.month')),
					h('input', { id: 'month', type: 'month', value: month.value, required: true,
						onChange: (event) => { if (event.target.value) { month.value = event.target.value; load(); } } }),
					h('div', { role: 'tablist', class: 'tabs', 'aria-label': t('controls.type') }, TYPES.map((one) =>
						h('button', { type: 'button', role: 'tab', id: `tab-${one}`, 'aria-selected': String(one === type.value),
							class: one === type.value ? 'tab current' : 'tab',
							onClick: () => { type.value = one; load(); } }, t(`type.${one}`)))),
				]),
				month.value ? h(MonthStrip, { key: month.value, month: month.value, objectType: type.value, canClose: permissions.value
					.has('assessment:manage'), context, onClosed: load }) : null,
				scores.value && figures.value ? [
					h(ScoreBoard, { scores: scores.value, context }),
					h(FigureTable, { figures: figures.value, names: names.value, people: PEOPLE.includes(type.value),
						context, onOpen: (object) => { person.value = object; } }),
					person.value ? h(PersonCases, { key: person.value, username: person.value, month: month.value,
						type: type.value, names: names.value, context, onClose: () => { person.value = null; } }) : null,
				] : h('p', { class: 'muted' }, t('loading')),
			]),
		]);
	},
};
