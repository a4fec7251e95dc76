import { api, get } from '../api.js';
import { h, inject, onMounted, ref, watchEffect } from '../vue.js';
import { landingFor } from './roles.js';

/** Only a path on this site, so the page cannot be used to send people elsewhere; null when none was given. */
function requested() {
	const target = new URLSearchParams(window.location.search).get('next');
	return target && target.startsWith('/') && !target.startsWith('//') ? target : null;
}

/**
 * Signing in, in Chinese with a switch to English. Afterwards each person goes where they work: the page that sent
 * them here if it was a particular one, else the workbench, or the phone page for grid workers and citizens.
 */
export const LoginPage = {
	setup() {
		const { t, locale, locales, use } = inject('i18n');
		const username = ref('');
		const password = ref('');
		const failure = ref('');
		const busy = ref(false);
		const other = () => locales.find((candidate) => candidate !== locale.value);

		watchEffect(() => {
			document.title = `${t('login.title')} · ${t('app.name')}`;
		});
		onMounted(() => get('/api/v1/auth/csrf').catch(() => undefined).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		async function submit(event) {
			event.preventDefault();
			busy.value = true;
			failure.value = '';
			try {
				await api.login(username.value, password.value);
				const me = await api.me();
				const next = requested();
				window.location.assign(next && next !== '/' ? next : landingFor(me.roles));
			}
			catch (refused) {
				failure.value = refused.status === 401 ? t('login.failed') : refused.status === 429 || refused.status === 423
					? t('login.locked') : refused.status === 0 ? t('problem.network') : t('problem.other', refused.status);
				busy.value = false;
			}
		}

		const field = (id, label, props) => h('div', { class: 'form-field' }, [
			h('label', { for: id, class: 'label' }, t(label)),
			h('input', { id, ...props, 'aria-invalid': failure.value ? 'true' : null,
				'aria-describedby': failure.value ? 'error-area' : null }),
		]);

		return () => h('main', { id: 'login-box', class: 'panel' }, [
			h('div', { class: 'login-head' }, [
				h('h1', t('app.name')),
				h('button', { type: 'button', id: 'language', class: 'link', lang: other() === 'en' ? 'en' : 'zh-CN',
					'aria-label': t('top.languageLabel'), onClick: () => use(other()) }, t('top.language')),
			]),
			h('p', { class: 'muted' }, t('login.intro')),
			h('h2', t('login.title')),
			failure.value ? h('div', { id: 'error-area', class: 'problem', role: 'alert' }, h('p', failure.value)) : null,
			h('form', { id: 'login-form', onSubmit: submit }, [
				field('login-username', 'login.username', { name: 'username', autocomplete: 'username', required: true,
					value: username.value, onInput: (event) => { username.value = event.target.value; } }),
				field('login-password', 'login.password', { name: 'password', type: 'password', required: true,
					autocomplete: 'current-password', value: password.value,
					onInput: (event) => { password.value = event.target.value; } }),
				h('button', { type: 'submit', id: 'login-submit', class: 'primary wide', disabled: busy.value },
					busy.value ? t('login.busy') : t('login.submit')),
			]),
		]);
	},
};
