/* global L */
import { createMap, loadBaseMap } from '../basemap.js';
import { h, inject, onBeforeUnmount, onMounted, ref, watch } from '../vue.js';

/**
 * Where the problem is: a tap on the map, or the device's own position when the citizen allows it. The model is a
 * WGS-84 point {lon, lat}; the map shows the district's tiles when it has them, a plain background otherwise.
 */
export const MapPick = {
	props: { modelValue: Object },
	emits: ['update:modelValue'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const element = ref(null);
		const status = ref('');
		let base = null;
		let marker = null;

		function show(point) {
			if (!base) {
				return;
			}
			if (marker) {
				marker.remove();
				marker = null;
			}
			if (point) {
				const at = base.toDisplay(point.lon, point.lat);
				marker = L.circleMarker(at, { radius: 9, color: '#ffffff', weight: 3, fillColor: '#b3261e', fillOpacity: 1 })
					.addTo(base.map);
				if (!base.map.getBounds().contains(at)) {
					base.map.setView(at, 16);
				}
			}
		}

		function useDevice() {
			if (!navigator.geolocation) {
				status.value = 'noFix';
				return;
			}
			status.value = 'locating';
			navigator.geolocation.getCurrentPosition((position) => {
				status.value = '';
				emit('update:modelValue', { lon: position.coords.longitude, lat: position.coords.latitude });
			}, () => { status.value = 'noFix'; }, { enableHighAccuracy: true, timeout: 10000 });
		}

		onMounted(async () => {
			base = createMap(element.value, await loadBaseMap());
			base.map.on('click', (event) => {
				const [lon, lat] = base.fromDisplay(event.latlng);
				emit('update:modelValue', { lon, lat });
			});
			show(props.modelValue);
		});
		onBeforeUnmount(() => {
			if (base) {
				base.map.remove();
			}
		});
		watch(() => props.modelValue, show);

		return () => h('fieldset', { class: 'place' }, [
			h('legend', t('place.legend')),
			h('div', { id: 'portal-map', class: 'map', ref: element, role: 'application',
				'aria-label': t('place.mapLabel') }),
			h('div', { class: 'row' }, [
				h('button', { type: 'button', id: 'use-location', onClick: useDevice }, t('place.useDevice')),
				h('span', { id: 'place-status', role: 'status', 'data-picked': String(Boolean(props.modelValue)) },
					status.value ? t(`place.${status.value}`) : props.modelValue
						? t('place.picked', props.modelValue.lon.toFixed(5), props.modelValue.lat.toFixed(5))
						: t('place.none')),
			]),
		]);
	},
};
