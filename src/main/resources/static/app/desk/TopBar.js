import { pagesFor } from '../permissions.js';
import { h, inject } from '../vue.js';

/**
 * The banner: the centre's name, the pages of OneGrid that the signed-in person's permissions open (see PAGES),
 * who is signed in, the language switch and signing out.
 */
export const TopBar = {
	props: { me: Object, roleNames: String, current: { type: String, default: '/' }, permissions: Set },
	emits: ['sign-out'],
	setup(props, { emit }) {
		const { t, locale, locales, use } = inject('i18n');
		const other = () => locales.find((candidate) => candidate !== locale.value);
		return () => h('header', { id: 'top-bar', role: 'banner' }, [
			h('a', { class: 'skip-link', href: '#case-list' }, t('top.skip')),
			h('h1', { id: 'app-title' }, t('app.name')),
			h('nav', { 'aria-label': t('nav.label'), class: 'top-nav' }, h('ul', pagesFor(props.permissions || new Set())
				.map(({ key, href }) => h('li', h('a', { href, 'aria-current': href === props.current ? 'page' : null },
					t(key)))))),
			h('span', { class: 'spacer' }),
			props.me ? h('span', { id: 'signed-in' }, t('top.signedInAs', `${props.me.displayName}${props.roleNames
				? ` · ${props.roleNames}` : ''}`)) : null,
			h('button', { type: 'button', id: 'language', class: 'on-dark', lang: other() === 'en' ? 'en' : 'zh-CN',
				'aria-label': t('top.languageLabel'), onClick: () => use(other()) }, t('top.language')),
			props.me ? h('button', { type: 'button', id: 'logout', class: 'on-dark', onClick: () => emit('sign-out') },
				t('top.signOut')) : null,
		]);
	},
};
