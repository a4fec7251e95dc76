import { h, inject } from '../vue.js';

/**
 * The grid layers: a switch per layer, its colour, a level filter and a zoom button. The page owns what is shown;
 * this panel reports the operator's choices.
 */
export const LayerPanel = {
	props: { layers: Array, state: Object },
	emits: ['toggle', 'level', 'zoom'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		return () => h('section', { id: 'layers-panel', 'aria-labelledby': 'layers-heading' }, [
			h('h2', { id: 'layers-heading' }, t('layers.heading')),
			props.layers.length === 0 ? h('p', { id: 'layers-empty', class: 'muted' }, t('layers.empty'))
				: h('ul', { id: 'layer-list', class: 'plain' }, props.layers.map((layer) => {
					const state = props.state[layer.code] || {};
					return h('li', { id: `layer-item-${layer.code}`, class: 'layer-item', 'data-drawn': String(state.drawn ?? '') }, [
						h('label', { class: 'layer-name' }, [
							h('input', { type: 'checkbox', id: `layer-toggle-${layer.code}`, checked: Boolean(state.visible),
								onChange: (event) => emit('toggle', layer.code, event.target.checked) }),
							h('span', { class: 'swatch', style: { background: state.colour }, 'aria-hidden': 'true' }),
							h('span', {}, layer.name),
							layer.generated ? h('span', { class: 'badge', title: layer.source || '' }, t('layers.generated')) : null,
						]),
						h('div', { class: 'layer-meta' }, [
							h('label', { for: `layer-level-${layer.code}`, class: 'visually-hidden' }, t('layers.level', layer.name)),
							h('select', { id: `layer-level-${layer.code}`, value: state.level || '',
								onChange: (event) => emit('level', layer.code, event.target.value) }, [
								h('option', { value: '' }, t('layers.allLevels')),
								...layer.levelNames.map((name) => h('option', { value: name }, name)),
							]),
							h('span', { class: 'muted' }, t('layers.gridCount', layer.gridCount)),
							h('button', { type: 'button', class: 'link', id: `layer-zoom-${layer.code}`,
								onClick: () => emit('zoom', layer.code) }, t('layers.zoom')),
						]),
					]);
				})),
		]);
	},
};
