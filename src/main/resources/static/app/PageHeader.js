import { h, inject } from './vue.js';

/**
 * The banner of a back-office page: its title and subtitle (the page's `page.title` and `page.subtitle`), who is
 * signed in, the language switch, any further links the page names, and the way back to the workbench.
 */
export const PageHeader = {
	props: { me: Object, links: { type: Array, default: () => [] } },
	setup(props) {
		const { t, locale, locales, use } = inject('i18n');
		const other = () => locales.find((candidate) => candidate !== locale.value);
		return () => h('header', { id: 'top-bar' }, [
			h('h1', { id: 'page-title' }, t('page.title')),
			h('span', { class: 'muted' }, t('page.subtitle')),
			h('span', { class: 'spacer' }),
			props.me ? h('span', { id: 'signed-in', class: 'muted' }, t('page.signedInAs', props.me.displayName)) : null,
			h('button', { type: 'button', id: 'language', class: 'link', onClick: () => use(other()) },
				t('page.language')),
			...props.links.map((link) => h('a', { href: link.href, id: link.id, class: 'link' }, t(link.text))),
			h('a', { href: '/', class: 'link' }, t('page.back')),
		]);
	},
};
