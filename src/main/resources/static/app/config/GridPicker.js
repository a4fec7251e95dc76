import { get } from '../api.js';
import { h, inject, ref, watch } from '../vue.js';

/**
 * A grid of one layer, typed by its code or its name with the layer's grids offered as the user types. Gives back
 * the code of the grid whose code or name was typed, or the text as typed when none matches, for the server to judge.
 */
export const GridPicker = {
	props: { layer: String, modelValue: { type: String, required: true }, id: { type: String, required: true },
		required: Boolean },
	emits: ['update:modelValue'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const grids = ref([]);

		watch(() => props.layer, async (layer) => {
			grids.value = layer ? await get(`/api/v1/layers/${encodeURIComponent(layer)}/grids`).catch(() => []) : [];
		}, { immediate: true });

		function typed(text) {
			const found = grids.value.find((grid) => grid.code === text.trim() || grid.name === text.trim());
			emit('update:modelValue', found ? found.code : text);
		}

		return () => [
			h('input', { id: props.id, value: props.modelValue, required: props.required, list: `${props.id}-options`,
				autocomplete: 'off', placeholder: t('grid.placeholder'), onChange: (event) => typed(event.target.value),
				onInput: (event) => emit('update:modelValue', event.target.value) }),
			h('datalist', { id: `${props.id}-options` }, grids.value.map((grid) => h('option', { value: grid.code },
				`${grid.name} · ${grid.levelName}`))),
		];
	},
};
