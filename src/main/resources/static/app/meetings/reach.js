import { get } from '../api.js';
import { permissionsOf } from '../permissions.js';

const DECISIONS = ['supervise', 'escalate', 'dispatch', 'arbitrate'];

/**
 * What the signed-in caller may do on the meetings page, worked out from the server's own answers (their account
 * with the grids they serve, the roles' permissions and scopes, and their data scope) by the same rules the server
 * applies, so that the page offers no action the server would refuse with a 403.
 */
export async function loadReach(me) {
	const roles = await get('/api/v1/roles');
	const permissions = permissionsOf(me, roles);
	const held = roles.filter((role) => me.roles.includes(role.code));
	let all = held.some((role) => role.scope === 'ALL');
	let units = [];
	if (!all && me.personId !== null && me.personId !== undefined && held.some((role) => role.scope === 'UNIT')) {
		const scope = await get(`/api/v1/people/${me.personId}/scope`);
		all = scope.all;
		units = scope.units;
	}
	const roleName = (code, locale) => {
		const role = roles.find((candidate) => candidate.code === code);
		return !role ? code : (locale === 'en' ? role.nameEn || role.nameZh : role.nameZh);
	};
	return {
		reads: permissions.has('meeting:read'),
		calls: permissions.has('meeting:call'),
		decisions: DECISIONS.filter((action) => permissions.has(`case:${action}`)),
		grids: permissions.has('meeting:read') ? servedGrids(me) : [],
		seesUnit: (code) => permissions.has('meeting:read') && (all || units.includes(code)),
		roleName,
	};
}

/** The grids the caller serves, each once, with every role they serve it in. */
function servedGrids(me) {
	const grids = new Map();
	for (const served of me.grids || []) {
		const key = `${served.layerCode}/${served.gridCode}`;
		const grid = grids.get(key) || { ...served, key, roles: [] };
		grid.roles.push(served.role);
		grids.set(key, grid);
	}
	return [...grids.values()];
}

/**
 * The standing meetings the caller may call in a grid: those naming among their caller roles a role the caller
 * holds and serves the grid in.
 */
export function gridCallable(reach, me, grid, rules) {
	return !reach.calls ? [] : rules.filter((rule) => rule.callerRoles
		.some((role) => grid.roles.includes(role) && me.roles.includes(role)));
}

/** The standing meetings the caller may call out of turn in a unit: those naming a role the caller holds. */
export function unitCallable(reach, me, rules) {
	return !reach.calls ? [] : rules.filter((rule) => rule.callerRoles.some((role) => me.roles.includes(role)));
}
