import { h, inject, onMounted, ref } from '../vue.js';
import { FieldMap } from './FieldMap.js';
import { centreOf, locate } from './geo.js';

/**
 * Where the worker is: the device's fix, asked for at once and again on request; without a fix, a tap on the map or
 * a grid's middle picked from a list (the keyboard's way). Coordinates are never typed.
 */
export const PlacePicker = {
	props: { modelValue: Object, features: { type: Array, default: () => [] }, idPrefix: { type: String, required: true } },
	emits: ['update:modelValue'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const { format } = inject('field');
		const status = ref('');

		async function useDevice() {
			status.value = 'locating';
			try {
				emit('update:modelValue', await locate());
				status.value = '';
			}
			catch {
				status.value = 'noFix';
			}
		}

		function useGrid(event) {
			const feature = props.features.find((candidate) => key(candidate) === event.target.value);
			if (feature) {
				emit('update:modelValue', centreOf(feature));
			}
		}

		onMounted(() => {
			if (!props.modelValue) {
				useDevice();
			}
		});

		function describe(place) {
			if (!place) {
				return t(status.value === 'locating' ? 'place.locating' : 'place.none');
			}
			const where = `${place.lat.toFixed(5)}, ${place.lon.toFixed(5)}`;
			if (place.source === 'gps') {
				return t('place.gps', place.accuracy, where, format.time(place.at));
			}
			return t(place.source === 'grid' ? 'place.grid' : 'place.map', where);
		}

		return () => h('fieldset', { class: 'place', id: `${props.idPrefix}-place` }, [
			h('legend', t('place.legend')),
			h('p', { id: `${props.idPrefix}-place-status`, class: ['place-status', props.modelValue ? 'ok' : 'missing'],
				role: 'status', 'data-source': props.modelValue ? props.modelValue.source : '' },
			describe(props.modelValue)),
			status.value === 'noFix' ? h('p', { class: 'hint', id: `${props.idPrefix}-no-fix` }, t('place.noFix')) : null,
			h('button', { type: 'button', class: 'secondary', id: `${props.idPrefix}-locate`, onClick: useDevice },
				t('place.useDevice')),
			h(FieldMap, { mapId: `${props.idPrefix}-map`, features: props.features, position: props.modelValue,
				pickable: true, onPick: (place) => emit('update:modelValue', place) }),
			h('p', { class: 'hint' }, t('place.tapHint')),
			props.features.length ? h('label', { class: 'field' }, [
				h('span', t('place.gridCentre')),
				h('select', { id: `${props.idPrefix}-grid-centre`, onChange: useGrid }, [
					h('option', { value: '' }, t('place.chooseGrid')),
					...props.features.map((feature) => h('option', { value: key(feature) },
						`${feature.properties.name || ''} ${feature.properties.code}`)),
				]),
			]) : null,
		]);
	},
};

function key(feature) {
	return `${feature.properties.layer || ''}:${feature.properties.code}`;
}
