import { api } from '../api.js';
import { firstAnswers } from './firstAnswers.js';
import { KeepAlive, computed, h, inject, onBeforeUnmount, onMounted, provide, ref, watchEffect } from '../vue.js';
import { FieldBar } from './FieldBar.js';
import { createFormat } from './format.js';
import { CasesPanel, CheckInPanel, PatrolPanel, fetchPanels } from './panelsOnDemand.js';
import { ProblemBox } from '../ProblemBox.js';
import { createQueue } from './queue.js';
import { ReportPanel } from './ReportPanel.js';
import { RollCallBanner } from './RollCallBanner.js';

const WORKER_TABS = ['report', 'tasks', 'checkIn', 'patrol', 'mine'];

const CITIZEN_TABS = ['report', 'mine'];

const SYNC_EVERY = 30000;

/** Sections whose half-filled forms, map and patrol survive switching to another tab and back. */
const KEPT = ['ReportPanel', 'CheckInPanel', 'PatrolPanel'];

/**
 * The field page on a phone. A grid worker (an account with a person on a grid team) reports problems, works the
 * tasks waiting on them, checks in and records the patrol track; a citizen reports problems and follows their own
 * reports. Whatever is made offline waits in the device's queue and is sent when the network is back.
 */
export const FieldPage = {
	setup() {
		const { t, locale } = inject('i18n');
		const me = ref(null);
		const zone = ref('Asia/Shanghai');
		const categories = ref([]);
		const memberships = ref([]);
		const features = ref([]);
		const problem = ref(null);
		const notice = ref('');
		const tab = ref('report');
		const lastCheckIn = ref(null);
		const patrolWatch = ref(null);
		const online = ref(navigator.onLine);
		const isWorker = computed(() => Boolean(me.value && me.value.personId));
		const format = createFormat(t, locale, zone, categories);

		function show(failure) {
			problem.value = failure && failure.problem ? failure.problem
				: { title: t('error.heading'), detail: String(failure && failure.message ? failure.message : failure) };
		}

		/** Runs an action, showing its refusal instead of losing it; answers whether it succeeded. */
		async function guard(action) {
			problem.value = null;
			try {
				await action();
				return true;
			}
			catch (failure) {
				show(failure);
				return false;
			}
		}

		const queue = createQueue({
			owner: () => (me.value ? me.value.username : undefined),
			onSent(item, answer) {
				if (item.label === 'report') {
					notice.value = t('report.sent', answer.caseNo, format.label(answer.stateName));
				}
				else if (item.label === 'check-in') {
					lastCheckIn.value = answer;
				}
			},
			onRefused(item, failure) {
				notice.value = t('queue.refused', t(`queue.label.${item.label}`));
				show(failure);
			},
		});

		const sync = () => (me.value ? queue.sync(isWorker.value ? me.value.personId : null) : Promise.resolve(false));

		const context = { me, isWorker, categories, memberships, features, format, queue, lastCheckIn, patrolWatch,
			guard, sync, notify: (text) => { notice.value = text; } };
		provide('field', context);
		window.oneGridMobile = { recordPoint: queue.recordPoint, sync };

		const goneOnline = () => { online.value = true; sync(); };
		const goneOffline = () => { online.value = false; };
		let timer = null;

		onMounted(() => guard(async () => {
			me.value = await firstAnswers.me;
			queue.refresh();
			const [years, tree, grids] = await Promise.all([firstAnswers.years, firstAnswers.categories,
				firstAnswers.grids]);
			zone.value = years.zone || zone.value;
			categories.value = tree.flatMap((major) => major.minorClasses.map((minor) => ({ ...minor,
				majorZh: major.nameZh, majorEn: major.nameEn })));
			memberships.value = grids.memberships;
			features.value = grids.features;
			window.addEventListener('online', goneOnline);
			window.addEventListener('offline', goneOffline);
			timer = window.setInterval(sync, SYNC_EVERY);
			sync();
		}).finally(() => {
			document.body.dataset.ready = 'true';
			// In a task of its own, so that whatever watches the page become usable sees it before these are asked for.
			window.setTimeout(fetchPanels);
		}));

		onBeforeUnmount(() => {
			window.removeEventListener('online', goneOnline);
			window.removeEventListener('offline', goneOffline);
			window.clearInterval(timer);
		});

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});

		const tabs = () => (isWorker.value ? WORKER_TABS : CITIZEN_TABS);

		function signOut() {
			guard(async () => {
				await api.logout();
				window.location.assign('/login.html?next=/mobile.html');
			});
		}

		function panel() {
			switch (tab.value) {
				case 'tasks':
					return h(CasesPanel, { kind: 'tasks', key: 'tasks' });
				case 'mine':
					return h(CasesPanel, { kind: 'mine', key: 'mine' });
				case 'checkIn':
					return h(CheckInPanel);
				case 'patrol':
					return h(PatrolPanel);
				default:
					return h(ReportPanel);
			}
		}

		return () => h('div', { class: 'field-page', 'data-view': me.value ? (isWorker.value ? 'worker' : 'citizen') : '' }, [
			h(FieldBar, { tabs: tabs(), tab: tab.value, online: online.value, onTab: (name) => { tab.value = name; },
				onSignOut: signOut }),
			h('main', { id: 'field-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				isWorker.value ? h(RollCallBanner) : null,
				me.value ? h(KeepAlive, { include: KEPT }, [panel()]) : h('p', { class: 'muted' }, t('loading')),
			]),
		]);
	},
};
