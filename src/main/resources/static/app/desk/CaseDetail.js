import { get } from '../api.js';
import { h, inject, nextTick, provide, ref, watch } from '../vue.js';
import { ActionPanel } from './ActionPanel.js';
import { CaseFacts } from './CaseFacts.js';
import { CaseMap } from './CaseMap.js';
import { DeadlineBadge } from './DeadlineBadge.js';
import { Photos } from './Photos.js';
import { ProblemBox } from './ProblemBox.js';
import { describe } from './problems.js';
import { Timeline } from './Timeline.js';

/**
 * One case as a dispatcher works on it: its number, state and clock, the facts, the description, where it is, its
 * photos, the actions allowed now and the whole timeline. After an action the case shows as the server returned it
 * and the queue is told; when someone else changed it first, it is read again and says so.
 */
export const CaseDetail = {
	props: { caseId: Number, directory: Object, names: Object, zone: String },
	emits: ['changed', 'close'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const view = ref(null);
		const problem = ref(null);
		const notice = ref('');
		/** A point chosen on the case's map, which a form that takes a point (重新定位) fills itself from. */
		const picked = ref(null);
		provide('mapPick', picked);

		async function load() {
			problem.value = null;
			try {
				view.value = await get(`/api/v1/cases/${props.caseId}`);
			}
			catch (failure) {
				view.value = null;
				problem.value = describe(failure, t);
			}
		}

		watch(() => props.caseId, () => {
			notice.value = '';
			picked.value = null;
			load();
		}, { immediate: true });

		/** Says what happened where the form was, and keeps the keyboard there. */
		async function announce(text) {
			notice.value = text;
			await nextTick();
			const shown = document.getElementById('notice');
			if (shown) {
				shown.focus();
			}
		}

		function done(next, action) {
			view.value = next;
			picked.value = null;
			emit('changed');
			announce(t('detail.done', props.names.action(action)));
		}

		async function conflict() {
			await load();
			emit('changed');
			announce(t('detail.refreshed'));
		}

		return () => {
			const current = view.value;
			const section = (id, title, body) => h('section', { id, class: 'detail-section', 'aria-labelledby': `${id}-title` },
				[h('h3', { id: `${id}-title` }, title), body]);
			return h('section', { id: 'case-detail', class: 'panel detail', 'aria-label': t('detail.label'), tabindex: '-1',
				'data-case-id': current ? current.id : '', 'data-state': current ? current.state : '',
				'data-version': current ? current.version : '' }, [
				h(ProblemBox, { described: problem.value, onDismiss: () => { problem.value = null; } }),
				current ? [
					h('header', { class: 'detail-head' }, [
						h('h2', { id: 'case-title' }, [h('span', { class: 'case-no' }, current.caseNo), ' ',
							h('span', { class: 'state-name', id: 'case-state' }, props.names.state(current.state, current.stateName))]),
						current.clock ? h(DeadlineBadge, { light: current.clock.light, deadline: current.clock.deadline,
							zone: props.zone, paused: current.clock.pausedRemainingSeconds !== null
								&& current.clock.pausedRemainingSeconds !== undefined }) : null,
						h('span', { class: 'spacer' }),
						h('button', { type: 'button', id: 'detail-close', class: 'link', onClick: () => emit('close') },
							t('detail.close')),
					]),
					notice.value ? h('p', { id: 'notice', role: 'status', class: 'notice', tabindex: '-1' }, notice.value) : null,
					h(ActionPanel, { view: current, directory: props.directory, names: props.names,
						onDone: (next) => done(next, next.timeline[next.timeline.length - 1].action), onConflict: conflict }),
					section('case-description', t('detail.description'), h('p', { class: 'description' }, current.description)),
					h('div', { class: 'detail-columns' }, [
						h(CaseFacts, { view: current, names: props.names, zone: props.zone }),
						section('case-location', t('detail.map'), h(CaseMap, { key: `${current.id}:${current.lon}:${current.lat}`,
							view: current })),
					]),
					section('case-attachments', t('detail.photos'), h(Photos, { view: current, names: props.names })),
					section('case-history', t('detail.timeline'), h(Timeline, { view: current, names: props.names, zone: props.zone })),
				] : h('p', { class: 'muted empty' }, problem.value ? '' : t('loading')),
			]);
		};
	},
};
