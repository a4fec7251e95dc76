import { get } from '../api.js';
import { h, inject, ref, watch } from '../vue.js';

/** Today and the next six days in the district's zone, as ISO dates. */
function nextWeek() {
	const today = new Date();
	const iso = (date) => date.toISOString().slice(0, 10);
	const last = new Date(today.getTime() + 6 * 24 * 3600 * 1000);
	return { from: iso(today), to: iso(last) };
}

/** A table of what a rule found, or a line saying nothing is short. */
function table(id, t, heads, rows, empty) {
	return rows.length ? h('table', { id }, [h('thead', h('tr', heads.map((key) => h('th', t(key))))),
		h('tbody', rows.map((cells) => h('tr', cells.map((cell) => h('td', cell)))))])
		: h('p', { id, class: 'muted' }, t(empty));
}

/** The staffing days of the coming week that miss their rule: too few on duty, or too few qualified. */
export const StaffingShortfalls = {
	props: { rules: Array },
	setup(props) {
		const { t } = inject('i18n');
		const days = ref([]);
		watch(() => props.rules, async () => {
			days.value = props.rules.length ? await get('/api/v1/staffing-rules/shortfalls', nextWeek()).catch(() => [])
				: [];
		}, { immediate: true });
		return () => [h('h3', t('staffing.short')), table('staffing-short', t,
			['short.date', 'rules.code', 'staffing.staff', 'staffing.qualified', 'short.reason'],
			days.value.filter((day) => !day.met).map((day) => [day.date, day.ruleCode,
				`${day.staff} / ${day.minimumStaff}`, `${day.qualified} / ${day.minimumQualified}`, day.reason || '']),
			'short.none')];
	},
};

/** This week's grid workers who have not yet patrolled their grids on the days their rule asks. */
export const PatrolShortfalls = {
	props: { rules: Array },
	setup(props) {
		const { t } = inject('i18n');
		const weeks = ref([]);
		watch(() => props.rules, async () => {
			weeks.value = props.rules.length ? await get('/api/v1/patrol-rules/shortfalls').catch(() => []) : [];
		}, { immediate: true });
		return () => [h('h3', t('patrol.short')), table('patrol-short', t,
			['rules.code', 'patrol.worker', 'patrol.days'],
			weeks.value.filter((week) => !week.met).map((week) => [week.ruleCode, week.name,
				`${week.patrolDays} / ${week.minimumDaysPerWeek}`]), 'short.none')];
	},
};

/** The last 30 days' spot checks of the rules' units: how many workers each found at their posts. */
export const RecentSpotChecks = {
	props: { rules: Array },
	setup(props) {
		const { t } = inject('i18n');
		const checks = ref([]);
		watch(() => props.rules, async () => {
			const units = [...new Set(props.rules.map((rule) => rule.unit))];
			const lists = await Promise.all(units.map((unit) => get('/api/v1/spot-checks', { unit }).catch(() => [])));
			checks.value = lists.flat().sort((a, b) => (a.slotAt < b.slotAt ? 1 : -1)).slice(0, 20);
		}, { immediate: true });
		return () => [h('h3', t('spot.recent')), table('spot-recent', t,
			['spot.at', 'rules.code', 'spot.kind', 'spot.found'],
			checks.value.map((check) => [check.slotAt.slice(0, 16).replace('T', ' '), check.ruleCode,
				t(`spot.kind.${check.kind}`), `${check.inGrid} / ${check.checked}`]), 'spot.noneYet')];
	},
};
