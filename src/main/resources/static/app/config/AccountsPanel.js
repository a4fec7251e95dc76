import { get, send } from '../api.js';
import { h, inject, onMounted, reactive, ref } from '../vue.js';
import { FieldErrors } from './FieldErrors.js';
import { CodeChecks } from './CodeChecks.js';

const SIZE = 20;

/**
 * The accounts, a page at a time and searchable by name, for administrators who may manage them: create an
 * account, change its roles, and deactivate or reactivate it. The server pages; the page never holds them all.
 */
export const AccountsPanel = {
	props: { context: { type: Object, required: true } },
	setup(props) {
		const { t, locale } = inject('i18n');
		const roleName = (code) => {
			const role = props.context.roles.value.find((r) => r.code === code);
			return !role ? code : (locale.value === 'zh-CN' ? role.nameZh : role.nameEn || role.nameZh);
		};
		const page = ref({ items: [], page: 0, size: SIZE, total: 0 });
		const search = ref('');
		const draft = reactive({ username: '', displayName: '', password: '', roles: [] });
		const rolesEdit = ref(null);

		async function load(number) {
			page.value = await get('/api/v1/accounts', { text: search.value, page: number, size: SIZE });
		}

		const pages = () => Math.max(1, Math.ceil(page.value.total / page.value.size));

		function create() {
			props.context.guard(async () => {
				const account = await send('POST', '/api/v1/accounts', { username: draft.username,
					displayName: draft.displayName, password: draft.password, roles: draft.roles });
				Object.assign(draft, { username: '', displayName: '', password: '', roles: [] });
				await load(page.value.page);
				props.context.notify(t('accounts.created', account.username));
			});
		}

		function update(account, changes) {
			return props.context.guard(async () => {
				const changed = await send('PUT', `/api/v1/accounts/${account.id}`, { displayName: account.displayName,
					roles: account.roles, personId: account.personId, enabled: account.enabled, ...changes });
				await load(page.value.page);
				rolesEdit.value = null;
				props.context.notify(t(changed.enabled ? 'accounts.changed' : 'accounts.deactivated', changed.username));
			});
		}

		onMounted(() => props.context.guard(() => load(0)));

		const roleCell = (account) => (rolesEdit.value && rolesEdit.value.id === account.id
			? h('form', { class: 'inline-form', onSubmit: (event) => {
				event.preventDefault();
				update(account, { roles: rolesEdit.value.roles });
			} }, [
				h(CodeChecks, { id: `roles-input-${account.id}`, items: props.context.roles.value,
					label: t('accounts.rolesOf', account.username), modelValue: rolesEdit.value.roles,
					'onUpdate:modelValue': (roles) => { rolesEdit.value.roles = roles; } }),
				h('button', { type: 'submit', id: `roles-save-${account.id}` }, t('accounts.save')),
				h(FieldErrors, { problem: props.context.problem.value, field: 'roles' }),
			])
			: [account.roles.map(roleName).join('、'), ' ', h('button', { type: 'button', class: 'link', id: `roles-edit-${account.id}`,
				'aria-label': t('accounts.rolesEditOf', account.username),
				onClick: () => { rolesEdit.value = { id: account.id, roles: [...account.roles] }; } }, t('accounts.rolesEdit'))]);

		const draftField = (name, key, attributes = {}) => h('label', [h('span', t(key)),
			h('input', { id: `account-${name}`, value: draft[name], onInput: (event) => { draft[name] = event.target.value; },
				...attributes }),
			h(FieldErrors, { problem: props.context.problem.value, field: name, id: `account-${name}-error` })]);

		return () => h('section', { id: 'accounts-panel', 'aria-labelledby': 'accounts-heading' }, [
			h('h2', { id: 'accounts-heading' }, t('accounts.heading')),
			h('form', { id: 'account-search', role: 'search', class: 'row-form', onSubmit: (event) => {
				event.preventDefault();
				props.context.guard(() => load(0));
			} }, [
				h('label', [h('span', t('accounts.search')), h('input', { id: 'account-q', type: 'search', value: search.value,
					onInput: (event) => { search.value = event.target.value; } })]),
				h('button', { type: 'submit', id: 'account-search-run' }, t('accounts.find')),
			]),
			h('table', { id: 'accounts-table' }, [
				h('thead', h('tr', ['accounts.username', 'accounts.displayName', 'accounts.roles', 'accounts.state', '']
					.map((key) => h('th', key ? t(key) : '')))),
				h('tbody', page.value.items.map((account) => h('tr', { id: `account-row-${account.username}` }, [
					h('td', account.username), h('td', account.displayName), h('td', roleCell(account)),
					h('td', t(account.enabled ? 'accounts.enabled' : 'accounts.disabled')),
					h('td', h('button', { type: 'button', class: 'link', id: `account-toggle-${account.username}`,
						onClick: () => update(account, { enabled: !account.enabled }) },
					t(account.enabled ? 'accounts.deactivate' : 'accounts.reactivate'))),
				]))),
			]),
			h('nav', { class: 'pager', 'aria-label': t('accounts.pager') }, [
				h('button', { type: 'button', id: 'accounts-previous', disabled: page.value.page === 0,
					onClick: () => props.context.guard(() => load(page.value.page - 1)) }, t('accounts.previous')),
				h('span', { id: 'accounts-position' }, t('accounts.position', page.value.page + 1, pages(), page.value.total)),
				h('button', { type: 'button', id: 'accounts-next', disabled: page.value.page + 1 >= pages(),
					onClick: () => props.context.guard(() => load(page.value.page + 1)) }, t('accounts.next')),
			]),
			h('form', { id: 'account-form', class: 'row-form', onSubmit: (event) => {
				event.preventDefault();
				create();
			} }, [
				h('h3', t('accounts.new')),
				draftField('username', 'accounts.username', { required: true, autocomplete: 'off' }),
				draftField('displayName', 'accounts.displayName', { required: true }),
				draftField('password', 'accounts.password', { type: 'password', required: true, autocomplete: 'new-password' }),
				h(CodeChecks, { id: 'account-roles', items: props.context.roles.value, label: t('accounts.rolesHint'),
					modelValue: draft.roles, 'onUpdate:modelValue': (roles) => { draft.roles = roles; } }),
				h(FieldErrors, { problem: props.context.problem.value, field: 'roles', id: 'account-roles-error' }),
				h('button', { type: 'submit', id: 'account-create' }, t('accounts.create')),
			]),
		]);
	},
};
