import { get, send, sendText } from '../api.js';
import { h, inject, reactive, ref } from '../vue.js';
import { FieldErrors } from './FieldErrors.js';

/**
 * A grid's team: who serves it in which post. An administrator who may manage people assigns a person to a post
 * they hold, or removes them from it.
 */
export const TeamsPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t } = inject('i18n');
		const where = reactive({ layer: '', grid: '' });
		const shown = ref(null);
		const members = ref([]);
		const draft = reactive({ personId: '', role: '' });

		async function load() {
			members.value = await get(`/api/v1/teams/${encodeURIComponent(where.layer)}/${encodeURIComponent(where.grid)}`);
			shown.value = { ...where };
		}

		const path = () => `/api/v1/teams/${encodeURIComponent(shown.value.layer)}/${encodeURIComponent(shown.value.grid)}`;

		function assign() {
			props.context.guard(async () => {
				members.value = await send('POST', `${path()}/members`,
					{ personId: draft.personId === '' ? null : Number(draft.personId), role: draft.role });
				props.context.notify(t('teams.assigned', draft.personId, draft.role));
			});
		}

		function remove(member) {
			props.context.guard(async () => {
				await sendText('DELETE', `${path()}/members/${member.personId}/${encodeURIComponent(member.role)}`, '');
				await load();
				props.context.notify(t('teams.removed', member.personName, member.role));
			});
		}

		const field = (model, name, key, attributes = {}) => h('label', [h('span', t(key)),
			h('input', { id: `team-${name}`, value: model[name], onInput: (event) => { model[name] = event.target.value; },
				...attributes }),
			h(FieldErrors, { problem: props.context.problem.value, field: name })]);

		return () => h('section', { id: 'teams-panel', 'aria-labelledby': 'teams-heading' }, [
			h('h2', { id: 'teams-heading' }, t('teams.heading')),
			h('form', { id: 'team-find', class: 'row-form', onSubmit: (event) => {
				event.preventDefault();
				props.context.guard(load);
			} }, [
				field(where, 'layer', 'teams.layer', { required: true }),
				field(where, 'grid', 'teams.grid', { required: true }),
				h('button', { type: 'submit', id: 'team-show' }, t('teams.show')),
			]),
			shown.value ? h('table', { id: 'team-table' }, [
				h('caption', t('teams.of', shown.value.layer, shown.value.grid)),
				h('thead', h('tr', ['teams.person', 'teams.role', 'teams.department', ''].map((key) => h('th', key ? t(key) : '')))),
				h('tbody', members.value.map((member) => h('tr', [
					h('td', `${member.personName} (${member.personId})`), h('td', member.role), h('td', member.departmentCode || ''),
					h('td', props.editable ? h('button', { type: 'button', class: 'link',
						id: `team-remove-${member.personId}-${member.role}`, onClick: () => remove(member) }, t('teams.remove')) : null),
				]))),
			]) : null,
			shown.value && props.editable ? h('form', { id: 'team-assign', class: 'row-form', onSubmit: (event) => {
				event.preventDefault();
				assign();
			} }, [
				field(draft, 'personId', 'teams.personId', { type: 'number', required: true }),
				field(draft, 'role', 'teams.post', { required: true }),
				h('button', { type: 'submit', id: 'team-add' }, t('teams.assign')),
			]) : null,
		]);
	},
};
