import { api, get } from '../api.js';

/** The worker's grid memberships, each with its grid's name, and the grids' outlines for the map. */
async function gridsOf(personId) {
	const memberships = await get(`/api/v1/people/${personId}/grids`);
	const found = await Promise.all(memberships.map((member) => get(
		`/api/v1/layers/${encodeURIComponent(member.layerCode)}/grids/${encodeURIComponent(member.gridCode)}`)
		.catch(() => null)));
	const features = found.filter(Boolean);
	return {
		features,
		memberships: memberships.map((member) => ({ ...member, gridName: (features.find(
			(feature) => feature.properties.code === member.gridCode) || { properties: {} }).properties.name })),
	};
}

/**
 * What the field page shows first — who is signed in, the calendar's zone, the categories, and a worker's grids —
 * asked for as soon as this small script runs. The page loads it on its own, ahead of its other scripts, so that on
 * a phone's slow link the answers travel while the scripts still do, instead of one round trip after another once
 * every script has arrived. Each answer is asked for once per visit; the page takes them from here.
 */
const me = api.me();
const years = get('/api/v1/calendar/years');
const categories = get('/api/v1/catalogue/categories');
const grids = me.then((who) => (who.personId ? gridsOf(who.personId) : { memberships: [], features: [] }));
[me, years, categories, grids].forEach((answer) => answer.catch(() => {}));

export const firstAnswers = { me, years, categories, grids };
