/**
 * Who works where: people whose every role is out in the field (grid workers, field supervisors) and citizens use
 * the phone page; everyone else works at the workbench.
 */
const FIELD_ROLES = ['citizen', 'full-time-worker', 'specialist-worker', 'optional-worker', 'supervisor'];

export function worksInTheField(roles) {
	return roles.length > 0 && roles.every((role) => FIELD_ROLES.includes(role));
}

/** The page a person lands on after signing in. */
export function landingFor(roles) {
	return worksInTheField(roles) ? '/mobile.html' : '/';
}
