import { createFormat } from '../field/format.js';
import { guardWith } from '../guard.js';
import { api, get, send } from '../api.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { computed, h, inject, onMounted, ref, watchEffect } from '../vue.js';
import { CallForm } from './CallForm.js';
import { HolderPicker } from './HolderPicker.js';
import { MeetingDetail } from './MeetingDetail.js';
import { MeetingList } from './MeetingList.js';
import { gridCallable, loadReach, unitCallable } from './reach.js';

/**
 * The meetings of a unit, or of a grid the caller serves (for a 网格长, "my grids"), latest first: the caller calls
 * a meeting they may call, opens one to see the stuck cases on its agenda, records what it decided on each case
 * (applied to the case at once) and writes its minutes. Each action shows only to a caller the server lets take it.
 */
export const MeetingsPage = {
	setup() {
		const { t, locale } = inject('i18n');
		const me = ref(null);
		const reach = ref(null);
		const zone = ref('Asia/Shanghai');
		const units = ref([]);
		const departments = ref([]);
		const kind = ref('unit');
		const unit = ref(new URLSearchParams(window.location.search).get('unit') || '');
		const gridKey = ref('');
		const rules = ref([]);
		const meetings = ref([]);
		const chosen = ref(null);
		const problem = ref(null);
		const notice = ref('');
		const format = createFormat(t, locale, zone, ref([]));
		const guard = guardWith(problem, t, () => { notice.value = ''; });
		const grid = computed(() => reach.value && reach.value.grids.find((g) => g.key === gridKey.value));
		const encode = encodeURIComponent;

		/** Where the chosen holder's meetings and rules are, or null when there is none to show. */
		function paths() {
			if (kind.value === 'grid' && grid.value) {
				const layer = `/api/v1/layers/${encode(grid.value.layerCode)}`;
				const code = encode(grid.value.gridCode);
				return { meetings: `${layer}/grids/${code}/meetings`,
					rules: `${layer}/levels/${encode(grid.value.levelName)}/meeting-rules?grid=${code}` };
			}
			if (kind.value === 'unit' && unit.value) {
				const path = `/api/v1/units/${encode(unit.value)}`;
				return { meetings: `${path}/meetings`, rules: `${path}/meeting-rules` };
			}
			return null;
		}

		async function load() {
			const where = paths();
			if (!where) {
				[rules.value, meetings.value, chosen.value] = [[], [], null];
				return;
			}
			[rules.value, meetings.value] = await Promise.all([get(where.rules), get(where.meetings)]);
			const still = chosen.value && meetings.value.find((m) => m.id === chosen.value.id);
			chosen.value = still || meetings.value[0] || null;
		}

		const callable = () => (kind.value === 'grid' ? gridCallable(reach.value, me.value, grid.value, rules.value)
			: unitCallable(reach.value, me.value, rules.value));

		const run = (action, message) => guard(async () => {
			const meeting = await action();
			await load();
			chosen.value = meetings.value.find((m) => m.id === meeting.id) || meeting;
			notice.value = t(message, meeting.title);
		});

		const call = (body) => run(() => send('POST', paths().meetings, body), 'notice.called');
		const decide = (body) => run(() => send('POST', `/api/v1/meetings/${chosen.value.id}/decisions`, body),
			'notice.decided');
		const record = (body) => run(() => send('PUT', `/api/v1/meetings/${chosen.value.id}/minutes`, body),
			'notice.recorded');

		function pick(change) {
			change();
			[rules.value, meetings.value, chosen.value] = [[], [], null];
			guard(load);
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			const [years, unitList, departmentList, found] = await Promise.all([get('/api/v1/calendar/years'),
				get('/api/v1/units'), get('/api/v1/departments'), loadReach(me.value)]);
			zone.value = years.zone || zone.value;
			reach.value = found;
			units.value = unitList.filter((u) => found.seesUnit(u.code));
			departments.value = departmentList;
			unit.value = units.value.some((u) => u.code === unit.value) ? unit.value
				: (units.value[0] && units.value[0].code) || '';
			gridKey.value = found.grids.length > 0 ? found.grids[0].key : '';
			const asked = new URLSearchParams(window.location.search).has('unit');
			kind.value = found.grids.length > 0 && !(asked && unit.value) ? 'grid' : 'unit';
			await load();
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		const holderKey = () => (kind.value === 'grid' ? `grid:${gridKey.value}` : `unit:${unit.value}`);

		const content = () => {
			if (!reach.value || !paths()) {
				return reach.value ? h('p', { id: 'no-meetings', class: 'muted' }, t('holder.none')) : null;
			}
			const rulesToCall = callable();
			const oneOff = kind.value === 'unit' && reach.value.calls;
			return [
				rulesToCall.length > 0 || oneOff ? h(CallForm, { key: holderKey(), rules: rulesToCall, oneOff,
					onCall: call }) : null,
				h(MeetingList, { meetings: meetings.value, chosen: chosen.value, format,
					empty: kind.value === 'grid' ? 'list.noneGrid' : 'list.none',
					onChoose: (m) => { chosen.value = m; } }),
				chosen.value ? h(MeetingDetail, { key: chosen.value.id, meeting: chosen.value, format,
					departments: departments.value, actions: reach.value.calls ? reach.value.decisions : [],
					mayRecord: reach.value.calls, onDecide: decide, onRecord: record }) : null,
			];
		};

		return () => h('div', { class: 'assessment-page meetings-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'meetings-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				reach.value ? h(HolderPicker, { grids: reach.value.grids, units: units.value, kind: kind.value,
					grid: gridKey.value, unit: unit.value, roleName: reach.value.roleName,
					onKind: (next) => pick(() => { kind.value = next; }),
					onGrid: (key) => pick(() => { gridKey.value = key; }),
					onUnit: (code) => pick(() => { unit.value = code; }) }) : null,
				content(),
			]),
		]);
	},
};
