import { get } from './api.js';

/** What the configuration page lets an administrator change; any one of them earns the link to it. */
export const CONFIG_PERMISSIONS = ['catalogue:manage', 'people:manage', 'account:manage', 'grid:manage'];

/**
 * The caller's permissions as the server works them out: the union of the permissions of the roles they hold,
 * read from GET /api/v1/roles.
 */
export async function loadPermissions(me) {
	return permissionsOf(me, await get('/api/v1/roles'));
}

/** The caller's permissions out of the roles as GET /api/v1/roles lists them. */
export function permissionsOf(me, roles) {
	const held = new Set(me ? me.roles : []);
	return new Set(roles.filter((role) => held.has(role.code)).flatMap((role) => role.permissions));
}

/** Whether the caller may change anything on the configuration page. */
export function mayConfigure(permissions) {
	return CONFIG_PERMISSIONS.some((permission) => permissions.has(permission));
}

/** The permission the layer import API asks for; it earns the link to the boundary import page. */
export const BOUNDARY_PERMISSION = 'grid:manage';

/** Whether the caller may import grid boundaries into a layer. */
export function mayImportBoundaries(permissions) {
	return permissions.has(BOUNDARY_PERMISSION);
}
