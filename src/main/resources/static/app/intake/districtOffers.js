import { get } from '../api.js';
import { ref, watch } from '../vue.js';

/**
 * The categories the district holding the form's place takes, for an installation that serves several districts:
 * `{ name, classes }` with the classes as a set of `KIND code`, or `null` while the place lies in no district, or in
 * one that takes the whole catalogue. The operator then chooses among what the district takes, as the server will
 * hold the report to it. An installation that names no districts asks nothing.
 */
export function useDistrictOffers(form) {
	const offered = ref(null);
	let districts = null;
	let asked = 0;

	async function holding(lon, lat) {
		districts = districts || await get('/api/v1/districts');
		if (!districts.length) {
			return null;
		}
		const location = await get('/api/v1/grids/locate', { lon, lat });
		return districts.find((district) => location.layers.some((path) => path.layer === district.layer
			&& path.path.some((grid) => grid.code === district.grid))) || null;
	}

	watch(() => [form.lon, form.lat], async ([lon, lat]) => {
		const mine = ++asked;
		let found = null;
		try {
			const district = lon === null || lat === null ? null : await holding(lon, lat);
			const offer = district && await get(`/api/v1/catalogue/offers/${encodeURIComponent(district.code)}`);
			found = offer && !offer.wholeCatalogue ? { name: district.name,
				classes: new Set(offer.classes.map((c) => `${c.kind} ${c.minorCode}`)) } : null;
		}
		catch {
			found = null;
		}
		if (mine === asked) {
			offered.value = found;
		}
	});
	return offered;
}
