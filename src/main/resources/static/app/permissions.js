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

/** The permission the new-case API asks for; it earns the link to the intake page and the page's form. */
export const INTAKE_PERMISSION = 'case:create';

/** Whether the caller may file new cases. */
export function mayFileCases(permissions) {
	return permissions.has(INTAKE_PERMISSION);
}

/**
 * The pages of OneGrid with the permissions that open them: the permissions the APIs behind each page ask for,
 * any one of which is enough. A page without any is for everyone signed in.
 */
export const PAGES = [
	{ key: 'nav.workbench', href: '/', needs: [] },
	{ key: 'nav.map', href: '/map.html', needs: ['grid:read'] },
	{ key: 'nav.intake', href: '/intake.html', needs: [INTAKE_PERMISSION] },
	{ key: 'nav.dashboard', href: '/dashboard.html', needs: ['dashboard:read'] },
	{ key: 'nav.assessment', href: '/assessment.html', needs: ['assessment:read'] },
	{ key: 'nav.analysis', href: '/analysis.html', needs: ['analysis:read'] },
	{ key: 'nav.triage', href: '/triage.html', needs: ['hotline:triage'] },
	{ key: 'nav.meetings', href: '/meetings.html', needs: ['meeting:read', 'meeting:call'] },
	{ key: 'nav.fieldRules', href: '/field-rules.html', needs: ['roster:read', 'track:read', 'spotcheck:read'] },
	{ key: 'nav.calendar', href: '/calendar.html', needs: [] },
	{ key: 'nav.mobile', href: '/mobile.html', needs: [] },
	{ key: 'nav.boundaries', href: '/boundaries.html', needs: [BOUNDARY_PERMISSION] },
	{ key: 'nav.config', href: '/config.html', needs: CONFIG_PERMISSIONS },
];

/** The pages the caller may open, in the order the banner lists them. */
export function pagesFor(permissions) {
	return PAGES.filter((page) => !page.needs.length || page.needs.some((permission) => permissions.has(permission)));
}
