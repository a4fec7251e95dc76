import { api, get } from './api.js';
import { el, fillSelect } from './dom.js';
import { guarded, showError } from './errors.js';
import { enqueue, flush, pending } from './outbox.js';
import { t, translate } from './messages.js';

/**
 * The field worker's page: report a problem where they stand, check in at a grid, and record the patrol track.
 * Everything goes through the outbox, so nothing is lost when the network drops; track points are buffered and
 * sent in batches, late and out of order if need be (the server orders and deduplicates them).
 */
const TRACK = 'onegrid.track';
const state = { me: null, watch: null };

translate();
document.title = t('mobile.title');

const here = () => ({ lon: Number(document.getElementById('here-lon').value), lat: Number(document.getElementById('here-lat').value) });

function log(text) {
	document.getElementById('mobile-log').prepend(el('li', {}, `${new Date().toLocaleTimeString()} ${text}`));
}

function showCounts() {
	const count = pending().length;
	document.getElementById('outbox-count').textContent = count ? t('mobile.pending', count) : '';
	document.getElementById('track-buffered').textContent = t('mobile.buffered', trackPoints().length);
}

function trackPoints() {
	return JSON.parse(localStorage.getItem(TRACK) || '[]');
}

/** Buffers one GPS fix; exposed for devices and tests that feed positions themselves. */
function recordPoint(lon, lat, at = new Date().toISOString(), accuracy = null) {
	localStorage.setItem(TRACK, JSON.stringify([...trackPoints(), { t: at, lon, lat, accuracy }]));
	showCounts();
}

/** Moves buffered fixes into the outbox in batches of 100, then sends everything pending. */
async function sync() {
	let points = trackPoints();
	while (points.length) {
		enqueue('POST', `/api/v1/people/${state.me.personId}/track`, { crs: 'wgs84', points: points.slice(0, 100) }, 'track');
		points = points.slice(100);
	}
	localStorage.setItem(TRACK, '[]');
	const done = await flush(
		(item, answer) => log(item.label === 'report' ? t('mobile.reported', answer.caseNo) : t('mobile.sent', item.label)),
		(item, failure) => { log(t('mobile.refused', item.label)); showError(failure); });
	showCounts();
	if (!done) {
		log(t('mobile.offline'));
	}
	return done;
}

window.oneGridMobile = { recordPoint, sync };

document.getElementById('use-gps').addEventListener('click', () => navigator.geolocation.getCurrentPosition((position) => {
	document.getElementById('here-lon').value = position.coords.longitude.toFixed(6);
	document.getElementById('here-lat').value = position.coords.latitude.toFixed(6);
}, (failure) => showError(new Error(failure.message))));

document.getElementById('report-form').addEventListener('submit', (event) => {
	event.preventDefault();
	const [kind, minorCode] = document.getElementById('report-category').value.split(':');
	enqueue('POST', '/api/v1/cases', { requestId: crypto.randomUUID(), channel: 'PATROL', kind, minorCode,
		description: document.getElementById('report-description').value, ...here() }, 'report');
	event.target.reset();
	log(t('mobile.queued'));
	sync();
});

document.getElementById('checkin-submit').addEventListener('click', () => guarded(async () => {
	const [layerCode, gridCode] = document.getElementById('checkin-grid').value.split(':');
	const answer = await api.checkIn(state.me.personId, { layerCode, gridCode, crs: 'wgs84', ...here() });
	log(answer.accepted ? t('mobile.checkedIn', gridCode) : t('mobile.checkInRefused', answer.reason));
}));

document.getElementById('patrol-toggle').addEventListener('click', (event) => {
	if (state.watch === null) {
		state.watch = navigator.geolocation.watchPosition((position) => recordPoint(position.coords.longitude,
			position.coords.latitude, new Date(position.timestamp).toISOString(), position.coords.accuracy));
		event.target.textContent = t('mobile.patrolStop');
	}
	else {
		navigator.geolocation.clearWatch(state.watch);
		state.watch = null;
		event.target.textContent = t('mobile.patrolStart');
	}
});

document.getElementById('sync-now').addEventListener('click', () => sync());
window.addEventListener('online', () => sync());
setInterval(() => sync(), 30000);

guarded(async () => {
	try {
		state.me = await api.me();
		document.getElementById('signed-in').textContent = state.me.displayName;
		const tree = await get('/api/v1/catalogue/categories');
		fillSelect(document.getElementById('report-category'), tree.flatMap((major) => major.minorClasses.map((minor) => ({
			value: `${minor.kind}:${minor.code}`, label: `${minor.code} ${minor.nameZh} ${minor.nameEn}` }))));
		const grids = state.me.personId ? await get(`/api/v1/people/${state.me.personId}/grids`) : [];
		fillSelect(document.getElementById('checkin-grid'), grids.map((grid) => ({
			value: `${grid.layerCode}:${grid.gridCode}`, label: `${grid.gridCode} (${grid.layerCode})` })));
		showCounts();
	}
	finally {
		document.body.dataset.ready = 'true';
	}
});
