import { h, inject, onBeforeUnmount, ref } from '../vue.js';
import { FieldMap } from './FieldMap.js';
import { fromPosition } from './geo.js';

/**
 * Patrolling: while on, every position the device reports is kept on the device and sent to the worker's track in
 * batches (the server orders the points and drops repeats). Shows what waits to be sent and the last upload.
 */
export const PatrolPanel = {
	name: 'PatrolPanel',
	setup() {
		const { t } = inject('i18n');
		const field = inject('field');
		const recent = ref([]);
		const failure = ref('');

		function toggle() {
			if (field.patrolWatch.value !== null) {
				navigator.geolocation.clearWatch(field.patrolWatch.value);
				field.patrolWatch.value = null;
				field.sync();
				return;
			}
			failure.value = '';
			if (!navigator.geolocation) {
				failure.value = t('patrol.noGeolocation');
				return;
			}
			field.patrolWatch.value = navigator.geolocation.watchPosition((position) => {
				const place = fromPosition(position, 'gps');
				field.queue.recordPoint(place.lon, place.lat, place.at, place.accuracy);
				recent.value = [...recent.value.slice(-199), place];
			}, () => { failure.value = t('patrol.noFix'); }, { enableHighAccuracy: true, maximumAge: 5000 });
		}

		onBeforeUnmount(() => { recent.value = []; });

		return () => {
			const on = field.patrolWatch.value !== null;
			const last = field.queue.lastUpload.value;
			return h('section', { id: 'patrol', class: 'panel', 'aria-labelledby': 'patrol-heading' }, [
				h('h2', { id: 'patrol-heading' }, t('patrol.heading')),
				h('button', { type: 'button', id: 'patrol-toggle', class: on ? 'danger' : 'primary',
					'aria-pressed': String(on), onClick: toggle }, on ? t('patrol.stop') : t('patrol.start')),
				on ? h('p', { class: 'ok', role: 'status' }, t('patrol.recording')) : null,
				failure.value ? h('p', { class: 'warning', role: 'alert' }, failure.value) : null,
				h('p', { id: 'track-buffered', role: 'status' }, t('patrol.buffered', field.queue.buffered.value)),
				h('p', { id: 'track-last-upload' }, last ? t('patrol.lastUpload', field.format.time(last.at), last.received,
					last.distinct) : t('patrol.neverUploaded')),
				h('button', { type: 'button', id: 'sync-now', class: 'secondary', onClick: () => field.sync() },
					t('patrol.syncNow')),
				h(FieldMap, { mapId: 'patrol-map', features: field.features.value, track: recent.value,
					position: recent.value.length ? recent.value[recent.value.length - 1] : null }),
			]);
		};
	},
};
