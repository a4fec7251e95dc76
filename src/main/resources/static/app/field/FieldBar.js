import { h, inject } from '../vue.js';

/**
 * The bar on top of the field page: who is signed in, how much waits to be sent, whether the device is offline,
 * the language switch and signing out; under it the sections as tabs.
 */
export const FieldBar = {
	props: { tabs: { type: Array, required: true }, tab: String, online: Boolean },
	emits: ['tab', 'signOut'],
	setup(props, { emit }) {
		const { t, locale, locales, use } = inject('i18n');
		const { me, isWorker, queue } = inject('field');
		const otherLocale = () => locales.find((candidate) => candidate !== locale.value);

		function bar() {
			const waiting = queue.count.value;
			return h('header', { id: 'field-bar' }, [
				h('h1', { id: 'page-title' }, t('page.title')),
				me.value ? h('span', { id: 'signed-in', class: 'muted' }, t(isWorker.value ? 'page.worker' : 'page.citizen',
					me.value.displayName)) : null,
				h('span', { id: 'outbox-count', role: 'status', 'aria-live': 'polite', class: waiting ? 'badge' : 'badge empty',
					'data-count': String(waiting) }, waiting ? t('queue.waiting', waiting) : ''),
				props.online && !queue.offline.value ? null : h('span', { id: 'offline', class: 'badge warning' },
					t('queue.offline')),
				h('span', { class: 'spacer' }),
				h('button', { type: 'button', id: 'language', class: 'link', lang: otherLocale(),
					onClick: () => use(otherLocale()) }, t('page.language')),
				me.value ? h('button', { type: 'button', id: 'sign-out', class: 'link', onClick: () => emit('signOut') },
					t('page.signOut')) : null,
			]);
		}

		function nav() {
			return h('nav', { id: 'field-tabs', 'aria-label': t('page.sections') }, props.tabs.map((name) => h('button', {
				type: 'button', id: `tab-${name}`, class: ['tab', props.tab === name ? 'current' : null],
				'aria-current': props.tab === name ? 'page' : null, onClick: () => emit('tab', name),
			}, t(`tab.${name}`))));
		}

		return () => h('div', { class: 'field-top' }, [bar(), me.value ? nav() : null]);
	},
};
