import { api } from './api.js';
import { el } from './dom.js';
import { guarded } from './errors.js';
import { t } from './messages.js';

/** Locates a point in every layer and shows each layer's path from the leaf grid up to the root. */
export function locate(lon, lat, crs, gridMap) {
	return guarded(async () => {
		const result = document.getElementById('locate-result');
		result.dataset.state = 'loading';
		try {
			const location = await api.locate(lon, lat, crs);
			gridMap.markPoint(location.lon, location.lat);
			result.replaceChildren(
				el('p', { id: 'locate-point', className: 'muted' }, t('locate.point', location.lon.toFixed(6), location.lat.toFixed(6))),
				...(location.layers.length ? location.layers.map(layerPath)
					: [el('p', { id: 'locate-outside', className: 'notice' }, t('locate.outside'))]));
		}
		finally {
			result.dataset.state = 'done';
		}
	});
}

function layerPath(layerPath) {
	return el('div', { className: 'locate-layer', dataset: { layer: layerPath.layer } },
		el('h4', {}, layerPath.layerName, ' ', el('span', { className: 'muted' }, t('locate.pathHint'))),
		el('ol', { className: 'path', id: `locate-path-${layerPath.layer}` },
			...layerPath.path.map((grid) => el('li', { className: 'path-item', dataset: { code: grid.code } },
				el('span', { className: 'level' }, grid.levelName), ' ',
				el('span', { className: 'path-name' }, grid.name), ' ',
				el('code', { className: 'muted' }, grid.code)))));
}

/** Wires the typed-point form: lon, lat and coordinate system. */
export function wireLocateForm(gridMap) {
	const form = document.getElementById('locate-form');
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const lon = form.elements.lon.value.trim();
		const lat = form.elements.lat.value.trim();
		locate(lon, lat, form.elements.crs.value, gridMap);
	});
}
