import { ref } from '../vue.js';
import { enqueue, flush, pending } from '../outbox.js';
import { withUploadedPhotos } from './devicePhotos.js';

const TRACK = 'onegrid.track';
const LAST_UPLOAD = 'onegrid.track.lastUpload';
const BATCH = 100;

/**
 * The device's queue of changes not yet sent, over the outbox: reports, check-ins and batches of patrol track points.
 * Everything is queued first and sent when the network allows, oldest first; a report keeps its request id, so
 * sending it again after a lost answer still makes one case. Only one run sends at a time, so nothing leaves twice
 * from this page. What an account queued is counted and sent only while that account is signed in. A photo taken
 * offline waits on the device and is uploaded just before its report is sent.
 */
export function createQueue({ onSent, onRefused, owner }) {
	const trackKey = () => (owner() ? `${TRACK}.${owner()}` : TRACK);
	const trackPoints = () => JSON.parse(localStorage.getItem(trackKey()) || '[]');
	const count = ref(0);
	const buffered = ref(0);
	const lastUpload = ref(JSON.parse(localStorage.getItem(LAST_UPLOAD) || 'null'));
	const offline = ref(false);
	let running = null;
	let again = false;

	function refresh() {
		count.value = pending(owner()).length;
		buffered.value = trackPoints().length;
	}

	function add(method, path, body, label) {
		enqueue(method, path, body, label, owner());
		refresh();
	}

	/** Buffers one position of the patrol track until the next run sends it. */
	function recordPoint(lon, lat, at = new Date().toISOString(), accuracy = null) {
		localStorage.setItem(trackKey(), JSON.stringify([...trackPoints(), { t: at, lon, lat, accuracy }]));
		refresh();
	}

	function sent(item, answer) {
		if (item.label === 'track') {
			lastUpload.value = { at: new Date().toISOString(), received: answer.received, distinct: answer.distinct };
			localStorage.setItem(LAST_UPLOAD, JSON.stringify(lastUpload.value));
		}
		onSent(item, answer);
	}

	async function run(personId) {
		do {
			again = false;
			let points = trackPoints();
			if (points.length && personId) {
				localStorage.setItem(trackKey(), '[]');
				for (let start = 0; start < points.length; start += BATCH) {
					enqueue('POST', `/api/v1/people/${personId}/track`, { crs: 'wgs84',
						points: points.slice(start, start + BATCH) }, 'track', owner());
				}
				points = [];
			}
			refresh();
			const refused = (item, failure) => { refresh(); onRefused(item, failure); };
			const done = await flush(sent, refused, owner(), (item) => withUploadedPhotos(item, refused));
			offline.value = !done;
			refresh();
		} while (again && !offline.value);
		return !offline.value;
	}

	/** Sends what is queued; answers whether everything went (false: kept for later). */
	function sync(personId) {
		if (running) {
			again = true;
			return running;
		}
		running = run(personId).finally(() => { running = null; });
		return running;
	}

	return { count, buffered, lastUpload, offline, add, recordPoint, refresh, sync };
}
