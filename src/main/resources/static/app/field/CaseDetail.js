import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { ActionForm, FIELD_ACTIONS } from './ActionForm.js';
import { FieldMap } from './FieldMap.js';

/**
 * One case on the phone: where it stands and how long is left, where it is on the map, its photos, a form for each
 * action the server allows this person now, and its timeline. Actions the field page has no form for are named,
 * to be taken at the command centre.
 */
export const CaseDetail = {
	props: { caseId: { type: Number, required: true } },
	emits: ['back', 'changed'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const field = inject('field');
		const { format } = field;
		const view = ref(null);

		async function load() {
			await field.guard(async () => {
				view.value = await get(`/api/v1/cases/${props.caseId}`);
			});
		}

		onMounted(load);

		function facts(c) {
			const left = c.open && c.clock ? format.deadline(c.clock.deadline) : null;
			const rows = [
				['case.state', h('span', { id: 'case-state', 'data-state': c.state }, format.label(c.stateName))],
				['case.category', format.category(c.kind, c.minorCode)],
				['case.channel', format.channel(c.channel)],
				['case.reported', format.time(c.reportedAt)],
				left ? ['case.deadline', h('span', { id: 'case-deadline', class: left.overdue ? 'overdue' : 'left' },
					`${left.text} (${format.time(c.clock.deadline)})`)] : null,
				c.address ? ['case.address', c.address] : null,
				c.closedAt ? ['case.closed', format.time(c.closedAt)] : null,
			].filter(Boolean);
			return h('dl', { class: 'facts' }, rows.flatMap(([key, value]) => [h('dt', t(key)), h('dd', value)]));
		}

		function actions(c) {
			const offered = c.allowedActions.filter((slug) => FIELD_ACTIONS.includes(slug));
			const elsewhere = c.allowedActions.filter((slug) => !FIELD_ACTIONS.includes(slug));
			return h('section', { class: 'actions', 'aria-labelledby': 'case-actions-heading' }, [
				h('h3', { id: 'case-actions-heading' }, t('case.actions')),
				offered.length ? null : h('p', { id: 'case-no-actions', class: 'muted' }, t('case.noActions')),
				...offered.map((slug) => h(ActionForm, { key: `${slug}-${c.version}`, action: slug, view: c,
					onDone: (answer) => { view.value = answer; window.scrollTo(0, 0); emit('changed'); } })),
				elsewhere.length ? h('p', { class: 'muted' }, t('case.elsewhere', elsewhere.map(format.action).join('、')))
					: null,
			]);
		}

		function timeline(c) {
			return h('section', { 'aria-labelledby': 'case-timeline-heading' }, [
				h('h3', { id: 'case-timeline-heading' }, t('case.timeline')),
				h('ol', { id: 'case-timeline', class: 'timeline' }, [...c.timeline].reverse().map((entry) => h('li', {
					'data-action': entry.action }, [
					h('strong', format.action(entry.action)),
					h('span', { class: 'muted' }, ` ${format.time(entry.at)} · ${entry.actor || ''}`),
					entry.note ? h('p', entry.note) : null,
				]))),
			]);
		}

		return () => {
			const c = view.value;
			return h('article', { id: 'case-detail', class: 'panel', 'data-case-id': props.caseId }, [
				h('button', { type: 'button', id: 'case-back', class: 'secondary', onClick: () => emit('back') },
					t('case.back')),
				c ? [
					h('h2', { id: 'case-heading' }, t('case.heading', c.caseNo)),
					facts(c),
					h('p', { id: 'case-description', class: 'description' }, c.description),
					c.attachments.length ? h('ul', { class: 'attachments' }, c.attachments.map((url) => h('li',
						h('a', { href: url, target: '_blank', rel: 'noopener' }, t('case.photo'))))) : null,
					h(FieldMap, { mapId: 'case-map', features: field.features.value,
						position: { lon: c.lon, lat: c.lat, accuracy: null } }),
					actions(c),
					timeline(c),
				] : h('p', { class: 'muted' }, t('loading')),
			]);
		};
	},
};
