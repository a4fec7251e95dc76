import { guardWith } from '../guard.js';
import { api, get } from '../api.js';
import { h, inject, onMounted, ref, watchEffect } from '../vue.js';
import { AccountsPanel } from './AccountsPanel.js';
import { DistrictChannelsPanel } from './DistrictChannelsPanel.js';
import { DistrictLimitsPanel } from './DistrictLimitsPanel.js';
import { DistrictOffersPanel } from './DistrictOffersPanel.js';
import { DistrictsPanel } from './DistrictsPanel.js';
import { LimitsPanel } from './LimitsPanel.js';
import { loadPermissions, mayConfigure } from '../permissions.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { RulesPanel } from './RulesPanel.js';
import { TeamsPanel } from './TeamsPanel.js';

/**
 * The administrators' page. Each panel shows what the caller may read and offers only the changes the server
 * would accept from them, by their permissions; a refusal shows above, field by field, and beside the field. The
 * district's roles, departments, platforms and layers are read once, for the panels' pickers.
 */
export const ConfigPage = {
	setup() {
		const { t } = inject('i18n');
		const me = ref(null);
		const permissions = ref(new Set());
		const problem = ref(null);
		const notice = ref('');
		const roles = ref([]);
		const layers = ref([]);
		const departments = ref([]);
		const platforms = ref([]);

		const guard = guardWith(problem, t, () => { notice.value = ''; });

		const context = { guard, problem, notify: (text) => { notice.value = text; }, may: (p) => permissions.value.has(p),
			roles, layers, departments, platforms, districtsChanged: ref(0), problemOf: ref('') };

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			permissions.value = await loadPermissions(me.value);
			[roles.value, departments.value, platforms.value] = await Promise.all([get('/api/v1/roles'),
				get('/api/v1/departments'), get('/api/v1/platforms')]);
			layers.value = await get('/api/v1/layers').catch(() => []);
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		const may = (permission) => permissions.value.has(permission);

		return () => h('div', { class: 'config-page' }, [
			h(PageHeader, { me: me.value, links: [{ href: '/calendar.html', id: 'calendar-link', text: 'page.calendar' }] }),
			h('main', { id: 'config-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				!me.value ? h('p', { class: 'muted' }, t('loading'))
					: !mayConfigure(permissions.value) ? h('p', { id: 'not-permitted' }, t('page.notPermitted'))
						: [
							h(LimitsPanel, { context, editable: may('catalogue:manage') }),
							h(RulesPanel, { context, editable: may('catalogue:manage') }),
							may('people:read') ? h(TeamsPanel, { context, editable: may('people:manage') }) : null,
							may('account:manage') ? h(AccountsPanel, { context }) : null,
							h(DistrictsPanel, { context, editable: may('grid:manage') }),
							h(DistrictOffersPanel, { context, editable: may('catalogue:manage') }),
							h(DistrictLimitsPanel, { context, editable: may('catalogue:manage') }),
							h(DistrictChannelsPanel, { context, editable: may('catalogue:manage') }),
						],
			]),
		]);
	},
};
