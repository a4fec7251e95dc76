import { runCorrespondence, runCoverage } from './analysis.js';
import { api } from './api.js';
import { showCases } from './cases.js';
import { fillSelect } from './dom.js';
import { guarded, showError } from './errors.js';
import { showGrid, showLayers } from './layers.js';
import { locate, wireLocateForm } from './locate.js';
import { t, translate } from './messages.js';
import { GridMap } from './map.js';

/** The command centre: wires the panels on the left to the map on the right. */
const state = { layers: [] };

translate();
document.title = t('app.title');
window.addEventListener('unhandledrejection', (event) => showError(event.reason));

const gridMap = new GridMap('map', {
	onGridClick: (properties) => showGrid(properties, state.layers),
	onMapClick: (latlng) => {
		const point = latlng.wrap();
		const form = document.getElementById('locate-form');
		form.elements.lon.value = point.lng.toFixed(6);
		form.elements.lat.value = point.lat.toFixed(6);
		form.elements.crs.value = 'wgs84';
		locate(point.lng, point.lat, 'wgs84', gridMap);
	},
});

wireLocateForm(gridMap);

document.getElementById('coverage-form').addEventListener('submit', (event) => {
	event.preventDefault();
	runCoverage(event.target.elements.layer.value, gridMap);
});

document.getElementById('corr-form').addEventListener('submit', (event) => {
	event.preventDefault();
	runCorrespondence(event.target.elements.layer.value, event.target.elements.with.value, gridMap);
});

document.getElementById('cases-form').addEventListener('submit', (event) => {
	event.preventDefault();
	guarded(() => showCases(gridMap));
});

document.getElementById('logout').addEventListener('click', () => guarded(async () => {
	await api.logout();
	window.location.assign('/login.html');
}));

guarded(async () => {
	try {
		const me = await api.me();
		document.getElementById('signed-in').textContent = t('login.signedInAs', me.displayName);
		state.layers = await api.layers();
		const options = state.layers.map((layer) => ({ value: layer.code, label: `${layer.name} (${layer.code})` }));
		['coverage-layer', 'corr-layer', 'corr-with'].forEach((id) => fillSelect(document.getElementById(id), options));
		if (options.length > 1) {
			document.getElementById('corr-with').value = options[1].value;
		}
		await showLayers(state.layers, gridMap);
		await showCases(gridMap);
	}
	finally {
		document.body.dataset.ready = 'true';
	}
});
