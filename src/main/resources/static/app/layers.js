import { api } from './api.js';
import { el } from './dom.js';
import { guarded } from './errors.js';
import { area, t } from './messages.js';

/**
 * The layer list: a checkbox per layer to show or hide it, its Generated badge, grid count and a level filter.
 * Loads every layer's export onto the map and fits the view to all of them.
 */
export async function showLayers(layers, gridMap) {
	const list = document.getElementById('layer-list');
	if (!layers.length) {
		list.replaceChildren(el('li', { id: 'layers-empty', className: 'muted' }, t('layers.empty')));
		return;
	}
	list.replaceChildren(...layers.map((layer, index) => layerItem(layer, gridMap.colourOf(index), gridMap)));
	await Promise.all(layers.map((layer, index) => guarded(async () => {
		const collection = await api.exportLayer(layer.code);
		gridMap.setLayer(layer.code, collection, gridMap.colourOf(index));
		gridMap.setVisible(layer.code, document.getElementById(`layer-toggle-${layer.code}`).checked);
		gridMap.setLevel(layer.code, document.getElementById(`layer-level-${layer.code}`).value);
		document.getElementById(`layer-item-${layer.code}`).dataset.drawn = String(collection.features.length);
	})));
	gridMap.fitToData();
	document.getElementById('layer-list').dataset.loaded = 'true';
}

function layerItem(layer, colour, gridMap) {
	const checkbox = el('input', { type: 'checkbox', id: `layer-toggle-${layer.code}`, checked: true,
		onchange: (event) => gridMap.setVisible(layer.code, event.target.checked) });
	const levels = el('select', { id: `layer-level-${layer.code}`, className: 'level-filter', title: t('layers.levelFilter'),
		onchange: (event) => gridMap.setLevel(layer.code, event.target.value) },
	el('option', { value: '' }, t('layers.allLevels')),
	...layer.levelNames.map((name) => el('option', { value: name }, name)));
	const badge = layer.generated
		? el('span', { className: 'badge generated', id: `layer-generated-${layer.code}`, title: layer.source || '' }, t('layers.generated'))
		: '';
	return el('li', { id: `layer-item-${layer.code}`, className: 'layer-item', dataset: { code: layer.code } },
		el('label', { className: 'layer-name' },
			checkbox,
			el('span', { className: 'swatch', style: `background:${colour}` }),
			el('span', {}, layer.name),
			el('code', { className: 'muted' }, layer.code)),
		el('div', { className: 'layer-meta' }, badge, el('span', { className: 'muted' }, t('layers.gridCount', layer.gridCount)), levels,
			el('button', { type: 'button', className: 'link', id: `layer-zoom-${layer.code}`,
				onclick: () => gridMap.fitToLayer(layer.code) }, t('layers.zoom'))));
}

/** Shows a clicked grid's properties in the grid box. */
export function showGrid(properties, layers) {
	const layer = layers.find((candidate) => candidate.code === properties.layer);
	const rows = [
		['grid.name', properties.name, 'grid-name'],
		['grid.code', properties.code, 'grid-code'],
		['grid.level', properties.level, 'grid-level'],
		['grid.layer', layer ? layer.name : properties.layer, 'grid-layer'],
		['grid.area', area(properties.areaM2), 'grid-area'],
		['grid.generated', t(properties.generated ? 'grid.generatedYes' : 'grid.generatedNo'), 'grid-generated'],
	];
	document.getElementById('grid-info').replaceChildren(el('dl', { className: 'facts' },
		...rows.flatMap(([label, value, id]) => [el('dt', {}, t(label)), el('dd', { id }, value)])));
}
