import { api, get } from '../api.js';
import { computed, h, inject, onBeforeUnmount, onMounted, ref, shallowRef, watch, watchEffect } from '../vue.js';
import { CaseList } from './CaseList.js';
import { DetailPlaceholder, loadCaseDetail } from './detailOnDemand.js';
import { loadDirectory, namesFor, readDepartments, withDepartments } from './directory.js';
import { FilterBar } from './FilterBar.js';
import { ProblemBox } from './ProblemBox.js';
import { describe } from './problems.js';
import { QueueTabs } from './QueueTabs.js';
import { useQueuePages } from './queuePages.js';
import { queuesFor } from './queues.js';
import { TopBar } from './TopBar.js';
import { permissionsOf } from '../permissions.js';

/** The case the address names (#case-42), if any. */
const fromHash = () => Number((window.location.hash.match(/^#case-(\d+)$/) || [])[1]) || null;

/**
 * Starts reading what the workbench needs before it can show a queue: the roles, which decide the queues, and the
 * district's directory with the calendar's time zone, which name what the queues hold. The page starts this together
 * with asking who is signed in, so that none waits for another.
 *
 * @returns the roles as GET /api/v1/roles lists them, and the directory with the calendar's years, each a promise
 */
export function startReading() {
	const roles = get('/api/v1/roles');
	return { roles, directoryAndCalendar: Promise.all([loadDirectory(roles), get('/api/v1/calendar/years')]) };
}

/**
 * The command centre's workbench: the signed-in person's work queues with their counts, a filtered page of the
 * chosen queue in deadline order, and the chosen case beside it. Pages follow the server's cursor, so nothing
 * loads more than a page; counts and the page are read again after every action. The queues are read as soon as
 * the roles are known, while the directory is still on its way; {@code reading} is what the page already started
 * reading (see startReading). A case's detail, and the departments it names, are fetched when a case is first opened.
 */
export const Workbench = {
	props: { me: Object, reading: Object },
	setup(props) {
		const { t, locale } = inject('i18n');
		const directory = ref(null);
		const permissions = ref(new Set());
		const zone = ref('Asia/Shanghai');
		const problem = ref(null);
		const queueKey = ref('');
		const selectedId = ref(fromHash());
		const detail = shallowRef(null);

		const named = computed(() => (directory.value && detail.value
			? withDepartments(directory.value, detail.value.departments) : directory.value));
		const names = computed(() => namesFor(named.value, locale.value, t));
		const queues = computed(() => queuesFor(permissions.value));
		const queue = computed(() => queues.value.find((candidate) => candidate.key === queueKey.value));
		const { filters, sort, counts, page, reload, restart, move, filter } = useQueuePages(queues, queue);

		async function guard(action) {
			try {
				await action();
			}
			catch (failure) {
				problem.value = describe(failure, t);
			}
		}

		/** What a case's detail needs besides the queue's: its scripts, and the departments it names. */
		watch(selectedId, (id) => {
			if (id && !detail.value) {
				guard(async () => {
					const [component, departments] = await Promise.all([loadCaseDetail(), readDepartments()]);
					detail.value = { component, departments };
				});
			}
		}, { immediate: true });

		function choose(key) {
			queueKey.value = key;
			guard(restart);
		}

		function select(id) {
			selectedId.value = id;
			window.history.replaceState(null, '', id ? `#case-${id}` : window.location.pathname + window.location.search);
			if (id && window.matchMedia('(max-width: 1100px)').matches) {
				requestAnimationFrame(() => {
					const detail = document.getElementById('case-detail');
					if (detail) {
						detail.scrollIntoView();
						detail.focus();
					}
				});
			}
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · ${t('app.name')}`;
		});

		const followHash = () => {
			selectedId.value = fromHash();
		};
		onMounted(() => window.addEventListener('hashchange', followHash));
		onBeforeUnmount(() => window.removeEventListener('hashchange', followHash));

		onMounted(() => guard(async () => {
			const reading = props.reading || startReading();
			const arrived = reading.directoryAndCalendar.then(([loaded, calendar]) => {
				directory.value = loaded;
				zone.value = calendar.zone || zone.value;
			});
			try {
				permissions.value = permissionsOf(props.me, await reading.roles);
			}
			catch (failure) {
				arrived.catch(() => {});
				throw failure;
			}
			queueKey.value = queues.value.length ? queues.value[0].key : '';
			await Promise.all([reload(), arrived]);
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		async function signOut() {
			await guard(async () => {
				await api.logout();
				window.location.assign('/login.html');
			});
		}

		/** The first hand or key in the queue column starts fetching the detail's scripts, before a case is chosen. */
		const warmDetail = () => {
			loadCaseDetail().catch(() => {});
		};

		return () => h('div', { class: 'desk' }, [
			h(TopBar, { me: props.me, roleNames: directory.value ? props.me.roles.map((role) => names.value.role(role))
				.filter(Boolean).join('、') : '', permissions: permissions.value, onSignOut: signOut }),
			h('main', { id: 'desk-main', class: { 'with-detail': Boolean(selectedId.value) } }, [
				h('div', { class: 'work-column', onPointerover: warmDetail, onFocusin: warmDetail }, [
					h(QueueTabs, { queues: queues.value, current: queueKey.value, counts: counts.value, onChoose: choose }),
					directory.value ? h(FilterBar, { filters, sort: sort.value, majors: directory.value.majors, names: names.value,
						onApply: (chosen) => guard(() => filter(chosen)) }) : null,
					h(ProblemBox, { described: problem.value, onDismiss: () => { problem.value = null; } }),
					queue.value && directory.value ? h(CaseList, { title: t(`queue.${queue.value.key}`), page,
						names: names.value, zone: zone.value, selectedId: selectedId.value, onSelect: select,
						onNext: () => guard(() => move(1)), onPrevious: () => guard(() => move(-1)),
						onRefresh: () => guard(reload) }) : null,
				]),
				selectedId.value && directory.value && detail.value ? h(detail.value.component, { caseId: selectedId.value,
					directory: named.value, names: names.value, zone: zone.value, onClose: () => select(null),
					onChanged: () => guard(reload) })
					: h(DetailPlaceholder, selectedId.value ? { text: 'loading' } : {}),
			]),
		]);
	},
};
