import { api, get } from '../api.js';
import { guardWith } from '../guard.js';
import { PageHeader } from '../PageHeader.js';
import { loadPermissions } from '../permissions.js';
import { ProblemBox } from '../ProblemBox.js';
import { h, inject, onMounted, reactive, ref, watchEffect } from '../vue.js';
import { RulePanel } from './RulePanel.js';
import { PatrolShortfalls, RecentSpotChecks, StaffingShortfalls } from './Shortfalls.js';

const STAFFING = [
	{ name: 'unitCode', label: 'field.unit', pick: 'units', required: true },
	{ name: 'departmentCode', label: 'field.department', pick: 'departments', any: 'field.anyDepartment' },
	{ name: 'duty', label: 'field.duty', pick: 'roles', any: 'field.anyDuty' }, { name: 'start', label: 'field.start', type: 'time' },
	{ name: 'end', label: 'field.end', type: 'time' },
	{ name: 'workingDaysOnly', label: 'field.workingDaysOnly', type: 'checkbox', initial: true },
	{ name: 'minimumStaff', label: 'field.minimumStaff', type: 'number', initial: 1 },
	{ name: 'qualification', label: 'field.qualification', hint: 'field.qualificationHint' },
	{ name: 'minimumQualified', label: 'field.minimumQualified', type: 'number' },
];

const PATROL = [
	{ name: 'unitCode', label: 'field.unit', pick: 'units', required: true },
	{ name: 'role', label: 'field.role', pick: 'roles', any: 'field.anyRole' },
	{ name: 'minimumDaysPerWeek', label: 'field.minimumDaysPerWeek', type: 'number', initial: 2 },
	{ name: 'note', label: 'field.note' },
];

const SPOT = [
	{ name: 'unit', label: 'field.unit', pick: 'units', required: true },
	{ name: 'role', label: 'field.role', pick: 'roles', any: 'field.anyRole' },
	{ name: 'times', label: 'field.times', type: 'times', hint: 'field.timesHint' },
	{ name: 'randomChecksPerDay', label: 'field.randomChecksPerDay', type: 'number', initial: 0 },
	{ name: 'sampleSize', label: 'field.sampleSize', type: 'number' },
	{ name: 'toleranceMinutes', label: 'field.toleranceMinutes', type: 'number', initial: 30 },
	{ name: 'workingDaysOnly', label: 'field.workingDaysOnly', type: 'checkbox', initial: true },
	{ name: 'note', label: 'field.note' },
];

const slot = (rule) => `${(rule.start || '').slice(0, 5)}–${(rule.end || '').slice(0, 5)}`;

/**
 * The rules that keep field work staffed and honest (人员进驻、巡查频次、在岗督查), each kind in its own panel: read by
 * those who may see it, changed by those the server lets, with what the rules find this week below each.
 */
export const FieldRulesPage = {
	setup() {
		const { t, locale } = inject('i18n');
		const me = ref(null);
		const lists = reactive({ units: [], departments: [], roles: [] });
		const permissions = ref(new Set());
		const problem = ref(null);
		const notice = ref('');
		const guard = guardWith(problem, t, () => { notice.value = ''; });
		const context = { guard, notify: (text) => { notice.value = text; } };
		const may = (permission) => permissions.value.has(permission);

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			permissions.value = await loadPermissions(me.value);
			[lists.units, lists.departments, lists.roles] = await Promise.all([get('/api/v1/units'),
				get('/api/v1/departments'), get('/api/v1/roles')]);
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		/** A unit, department or role by its name in the page's language, or its code when it has none. */
		const named = (list, code) => {
			const item = lists[list].find((candidate) => candidate.code === code);
			return item ? (locale.value === 'en' && item.nameEn) || item.nameZh || item.name || code : code;
		};

		const panels = () => [
			may('roster:read') ? h(RulePanel, { id: 'staffing', title: 'staffing.heading', path: '/api/v1/staffing-rules',
				fields: STAFFING, editable: may('roster:manage'), context, lists, columns: [
					{ label: 'field.unit', show: (r) => named('units', r.unitCode) },
					{ label: 'field.department', show: (r) => (r.departmentCode ? named('departments', r.departmentCode) : '') },
					{ label: 'staffing.slot', show: slot }, { label: 'field.minimumStaff', show: (r) => r.minimumStaff },
					{ label: 'field.qualification', show: (r) => (r.qualification ? `${r.qualification} ≥ ${r.minimumQualified}` : '') },
				] }, { default: ({ rules }) => h(StaffingShortfalls, { rules }) }) : null,
			may('track:read') ? h(RulePanel, { id: 'patrol', title: 'patrol.heading', path: '/api/v1/patrol-rules',
				fields: PATROL, editable: may('roster:manage'), context, lists, columns: [
					{ label: 'field.unit', show: (r) => named('units', r.unitCode) },
					{ label: 'field.role', show: (r) => (r.role ? named('roles', r.role) : t('field.anyRole')) },
					{ label: 'field.minimumDaysPerWeek', show: (r) => r.minimumDaysPerWeek }, { label: 'field.note', show: (r) => r.note || '' },
				] }, { default: ({ rules }) => h(PatrolShortfalls, { rules }) }) : null,
			may('spotcheck:read') ? h(RulePanel, { id: 'spot', title: 'spot.heading', path: '/api/v1/spot-check-rules',
				fields: SPOT, editable: may('spotcheck:manage'), context, lists, columns: [
					{ label: 'field.unit', show: (r) => named('units', r.unit) },
					{ label: 'field.role', show: (r) => (r.role ? named('roles', r.role) : t('field.anyRole')) },
					{ label: 'field.times', show: (r) => (r.times || []).map((time) => time.slice(0, 5)).join('、') },
					{ label: 'field.randomChecksPerDay', show: (r) => r.randomChecksPerDay },
					{ label: 'field.sampleSize', show: (r) => (r.sampleSize == null ? t('spot.everyone') : r.sampleSize) },
				] }, { default: ({ rules }) => h(RecentSpotChecks, { rules }) }) : null,
		];

		return () => h('div', { class: 'assessment-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'field-rules-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				!me.value ? h('p', { class: 'muted' }, t('loading'))
					: panels().some(Boolean) ? panels() : h('p', { id: 'not-permitted' }, t('page.notPermitted')),
			]),
		]);
	},
};
