import { get, send } from '../api.js';
import { h, onMounted, ref, watch } from '../vue.js';

/**
 * What the panels that set something per district share: the districts served, kept in step with the districts
 * panel (a district no longer served is unchosen), the picker that chooses one, and the way a change is sent, so that
 * a refusal shows beside the panel that sent it and the district's state is shown afresh after it.
 */
export function useDistricts(context, district) {
	const districts = ref([]);
	const load = async () => {
		districts.value = await get('/api/v1/districts');
		if (!districts.value.some((d) => d.code === district.value)) {
			district.value = '';
		}
	};
	watch(() => context.districtsChanged.value, () => context.guard(load));
	onMounted(() => context.guard(load));
	return districts;
}

/** The district picker of the panel `prefix`; a hint to add a district first when none is served. */
export function districtPicker(t, prefix, districts, district, context, choose) {
	return districts.length === 0 ? h('p', { id: `${prefix}-none`, class: 'muted' }, t('offers.none'))
		: h('div', { class: 'row-form' }, h('label', [h('span', t('offers.district')),
			h('select', { id: `${prefix}-district`, value: district,
				onChange: (event) => context.guard(() => choose(event.target.value)) }, [
				h('option', { value: '' }, t('offers.chooseDistrict')),
				...districts.map((d) => h('option', { value: d.code }, `${d.name} (${d.code})`))])]));
}

/**
 * Sends a change of the district's setting at `path(code)` as the panel `owner`, then shows the district afresh
 * (`choose`) and the notice `message()` words.
 */
export function sender(context, owner, path, district, choose) {
	return (method, payload, message) => {
		context.problemOf.value = owner;
		return context.guard(async () => {
			await send(method, path(encodeURIComponent(district.value)), payload);
			await choose(district.value);
			context.notify(message());
		});
	};
}

/** The set with `key` in it or not, as a new set, so that the panel sees the change. */
export function toggled(set, key, on) {
	const next = new Set(set);
	if (on) {
		next.add(key);
	}
	else {
		next.delete(key);
	}
	return next;
}
