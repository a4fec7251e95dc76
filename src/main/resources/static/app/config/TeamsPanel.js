import { get, send, sendText } from '../api.js';
import { computed, h, inject, reactive, ref, watch } from '../vue.js';
import { FieldErrors } from './FieldErrors.js';
import { GridPicker } from './GridPicker.js';

const path = (layer, grid) => `/api/v1/teams/${encodeURIComponent(layer)}/${encodeURIComponent(grid)}`;

/**
 * A grid's team: who serves it in which post. The administrator picks the layer, the grid (by code or name), the
 * post among the district's grid roles and the person among those who hold that role; one who may manage people
 * assigns them, or removes a member from their post.
 */
export const TeamsPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t, locale } = inject('i18n');
		const where = reactive({ layer: '', grid: '' });
		const shown = ref(null);
		const members = ref([]);
		const draft = reactive({ personId: '', role: '' });
		const holders = ref([]);

		const name = (role) => (locale.value === 'zh-CN' ? role.nameZh : role.nameEn || role.nameZh);
		const posts = computed(() => {
			const all = props.context.roles.value;
			const grid = all.filter((role) => role.scope === 'GRID');
			return grid.length ? grid : all;
		});
		const postName = (code) => {
			const role = props.context.roles.value.find((r) => r.code === code);
			return role ? name(role) : code;
		};

		watch(() => props.context.layers.value, (layers) => {
			if (!where.layer && layers.length) {
				where.layer = layers[0].code;
			}
		}, { immediate: true });

		async function load() {
			members.value = await get(path(where.layer, where.grid));
			shown.value = { ...where };
		}

		async function choosePost(code) {
			draft.role = code;
			draft.personId = '';
			holders.value = code ? await get('/api/v1/people', { role: code }) : [];
		}

		function assign() {
			props.context.guard(async () => {
				members.value = await send('POST', `${path(shown.value.layer, shown.value.grid)}/members`,
					{ personId: draft.personId === '' ? null : Number(draft.personId), role: draft.role });
				const person = holders.value.find((p) => String(p.id) === String(draft.personId));
				props.context.notify(t('teams.assigned', person ? person.name : draft.personId, postName(draft.role)));
			});
		}

		function remove(member) {
			props.context.guard(async () => {
				await sendText('DELETE', `${path(shown.value.layer, shown.value.grid)}/members/${member.personId}/`
					+ encodeURIComponent(member.role), '');
				await load();
				props.context.notify(t('teams.removed', member.personName, postName(member.role)));
			});
		}

		const labelled = (key, field, control) => h('label', [h('span', t(key)), control,
			h(FieldErrors, { problem: props.context.problem.value, field })]);

		const findForm = () => h('form', { id: 'team-find', class: 'row-form', onSubmit: (event) => {
			event.preventDefault();
			props.context.guard(load);
		} }, [
			labelled('teams.layer', 'layer', h('select', { id: 'team-layer', value: where.layer, required: true,
				onChange: (event) => { where.layer = event.target.value; } },
			props.context.layers.value.map((layer) => h('option', { value: layer.code }, `${layer.name} (${layer.code})`)))),
			labelled('teams.grid', 'grid', h(GridPicker, { id: 'team-grid', layer: where.layer, modelValue: where.grid,
				required: true, 'onUpdate:modelValue': (grid) => { where.grid = grid; } })),
			h('button', { type: 'submit', id: 'team-show' }, t('teams.show')),
		]);

		const assignForm = () => h('form', { id: 'team-assign', class: 'row-form', onSubmit: (event) => {
			event.preventDefault();
			assign();
		} }, [
			labelled('teams.post', 'role', h('select', { id: 'team-role', value: draft.role, required: true,
				onChange: (event) => props.context.guard(() => choosePost(event.target.value)) }, [
				h('option', { value: '' }, t('teams.chooseRole')),
				...posts.value.map((role) => h('option', { value: role.code }, `${name(role)} (${role.code})`)),
			])),
			labelled('teams.personId', 'personId', h('select', { id: 'team-person', value: draft.personId, required: true,
				disabled: !draft.role, onChange: (event) => { draft.personId = event.target.value; } }, [
				h('option', { value: '' }, draft.role && !holders.value.length ? t('teams.noPeople') : t('teams.choosePerson')),
				...holders.value.map((person) => h('option', { value: String(person.id) },
					`${person.name} (${person.id}${person.unitCode ? ` · ${person.unitCode}` : ''})`)),
			])),
			h('button', { type: 'submit', id: 'team-add' }, t('teams.assign')),
		]);

		return () => h('section', { id: 'teams-panel', 'aria-labelledby': 'teams-heading' }, [
			h('h2', { id: 'teams-heading' }, t('teams.heading')),
			findForm(),
			shown.value ? h('table', { id: 'team-table' }, [
				h('caption', t('teams.of', shown.value.layer, shown.value.grid)),
				h('thead', h('tr', ['teams.person', 'teams.role', 'teams.department', ''].map((key) => h('th', key ? t(key) : '')))),
				h('tbody', members.value.map((member) => h('tr', [
					h('td', `${member.personName} (${member.personId})`), h('td', postName(member.role)),
					h('td', member.departmentCode || ''),
					h('td', props.editable ? h('button', { type: 'button', class: 'link',
						id: `team-remove-${member.personId}-${member.role}`, onClick: () => remove(member) }, t('teams.remove')) : null),
				]))),
			]) : null,
			shown.value && props.editable ? assignForm() : null,
		]);
	},
};
