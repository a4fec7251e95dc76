import { get } from '../api.js';
import { formatTime, useDistrictZone } from '../desk/time.js';
import { h, inject, ref, watch } from '../vue.js';

/** One part of the panel, read on its own: what it holds, or why it cannot be shown. */
async function part(read, t) {
	try {
		return { items: await read(), error: null };
	}
	catch (failure) {
		const denied = failure && (failure.status === 403 || failure.status === 404);
		return { items: [], error: denied ? t('grid.denied') : (failure && failure.message) || t('error.heading') };
	}
}

/**
 * The grid the operator clicked: its name and level, its team (people:read), its open cases, the last known
 * positions of its workers (track:read, in the district's zone) and its members (the units, road sections and shops it is made of). Each part that the operator may not see says so and the others still show.
 */
export const GridPanel = {
	props: { grid: Object, layerName: String },
	emits: ['case'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const zone = useDistrictZone();
		const label = (names) => (names ? (locale.value === 'en' ? names.en : names.zh) : '');
		const team = ref(null);
		const cases = ref(null);
		const workers = ref(null);
		const members = ref(null);
		const total = ref(0);

		watch(() => props.grid && `${props.grid.layer}/${props.grid.code}`, async () => {
			team.value = null;
			cases.value = null;
			workers.value = null;
			members.value = null;
			const grid = props.grid;
			if (!grid) {
				return;
			}
			const path = `${encodeURIComponent(grid.layer)}/${encodeURIComponent(grid.code)}`;
			[team.value, cases.value, workers.value, members.value] = await Promise.all([
				part(() => get(`/api/v1/teams/${path}`), t),
				part(async () => {
					const page = await get('/api/v1/cases', { layer: grid.layer, grid: grid.code, open: true, size: 20 });
					total.value = page.total ?? page.items.length;
					return page.items;
				}, t),
				part(() => get('/api/v1/positions', { layer: grid.layer, root: grid.code }), t),
				part(async () => (await get(`/api/v1/layers/${encodeURIComponent(grid.layer)}/members`, { grid: grid.code }))
					.features.map((feature) => feature.properties), t),
			]);
		}, { immediate: true });

		const section = (id, heading, value, item, empty) => h('div', { id, class: 'grid-part' }, [
			h('h3', {}, heading),
			value === null ? h('p', { class: 'muted' }, t('loading'))
				: value.error ? h('p', { class: 'muted', 'data-error': 'true' }, value.error)
					: value.items.length === 0 ? h('p', { class: 'muted' }, empty)
						: h('ul', { class: 'plain' }, value.items.map(item)),
		]);

		return () => {
			const grid = props.grid;
			if (!grid) {
				return h('section', { id: 'grid-panel', 'aria-labelledby': 'grid-heading' }, [
					h('h2', { id: 'grid-heading' }, t('grid.heading')),
					h('p', { class: 'muted' }, t('grid.none')),
				]);
			}
			return h('section', { id: 'grid-panel', 'aria-labelledby': 'grid-heading', 'data-grid': grid.code,
				'aria-live': 'polite' }, [
				h('h2', { id: 'grid-heading' }, t('grid.heading')),
				h('p', { id: 'grid-title' }, [h('strong', {}, grid.name), ` · ${grid.level} · `, h('code', {}, grid.code),
					` · ${props.layerName || grid.layer}`]),
				section('grid-team', t('grid.team'), team.value, (member) => h('li', { 'data-person': member.personId },
					`${member.personName} · ${t(`role.${member.role}`) === `role.${member.role}` ? member.role : t(`role.${member.role}`)}`),
				t('grid.noTeam')),
				section('grid-cases', cases.value && !cases.value.error ? t('grid.cases', total.value) : t('grid.casesHeading'),
					cases.value, (item) => h('li', { 'data-case': item.id }, [
						h('button', { type: 'button', class: 'link', onClick: () => emit('case', item) },
							`${item.caseNo} · ${label(item.stateName) || item.state}`),
						item.light && item.light !== 'GREEN' ? h('span', { class: `light light-${item.light}` }, t(`cases.light.${item.light}`)) : null,
						h('div', { class: 'muted' }, item.description),
					]), t('grid.noCases')),
				section('grid-workers', t('grid.workers'), workers.value, (worker) => h('li', { 'data-person': worker.personId },
					`${worker.name} · ${worker.at ? formatTime(worker.at, zone.value, locale.value) : t('grid.noPosition')}`),
				t('grid.noWorkers')),
				section('grid-members', t('grid.members'), members.value, (member) => h('li', { 'data-member': member.code },
					[member.name, member.kind, member.contact, member.coordinated ? t('grid.coordinated') : '']
						.filter(Boolean).join(' · ')),
				t('grid.noMembers')),
			]);
		};
	},
};
