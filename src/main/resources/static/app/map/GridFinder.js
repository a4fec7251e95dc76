import { h, inject, ref } from '../vue.js';

/** How many grids a search lists. */
const SHOWN = 15;

/**
 * Finding a grid by name or code among the layers drawn, for whoever does not point at the map: choosing one shows
 * it as a click on it would, and zooms to it.
 */
export const GridFinder = {
	props: { search: Function },
	emits: ['choose'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const query = ref('');
		const found = () => (query.value.trim() ? props.search(query.value.trim().toLowerCase()).slice(0, SHOWN) : []);
		return () => h('div', { id: 'grid-finder' }, [
			h('label', { for: 'grid-find' }, t('grid.find')),
			h('input', { id: 'grid-find', type: 'search', value: query.value, autocomplete: 'off',
				'aria-controls': query.value.trim() ? 'grid-found' : null,
				onInput: (event) => { query.value = event.target.value; } }),
			query.value.trim() ? h('ul', { id: 'grid-found', class: 'plain' }, found().length ? found().map((feature) => h('li', {},
				h('button', { type: 'button', class: 'link', id: `grid-found-${feature.properties.layer}-${feature.properties.code}`,
					onClick: () => { query.value = ''; emit('choose', feature); } },
				`${feature.properties.name} · ${feature.properties.level} · ${feature.properties.code}`)))
				: [h('li', { class: 'muted' }, t('grid.notFound'))]) : null,
		]);
	},
};
