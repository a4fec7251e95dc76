import { get } from '../api.js';

/**
 * The district's names for what the API gives as codes: states (renamed by the district), categories, departments,
 * platforms and roles, in Chinese or English. Everything else (actions, channels, lights…) comes from the message
 * bundles, so that no slug ever reaches the screen. The roles are read here unless the caller is already reading them.
 * Departments and platforms are named only in a case's detail, so they are not read here (see readDepartments): until
 * they are added (withDepartments), a department shows as its code.
 */
export async function loadDirectory(roleList = get('/api/v1/roles')) {
	const [states, majors, roles] = await Promise.all([
		get('/api/v1/cases/states'), get('/api/v1/catalogue/categories'), roleList]);
	const minors = new Map();
	for (const major of majors) {
		for (const minor of major.minorClasses || []) {
			minors.set(minorKey(minor.kind, minor.code), { ...minor, major });
		}
	}
	return withDepartments({
		states,
		majors,
		minors,
		stateLabels: new Map(states.map((state) => [state.state, state.name])),
		roles: new Map(roles.map((role) => [role.code, role])),
	}, { departments: [], platforms: [] });
}

let departmentsReading = null;

/**
 * The departments and platforms a case goes to, which a case's detail names (its responsibility, its timeline, the
 * dispatch form): read once, when the first case is opened; after a failure the next call tries again.
 */
export function readDepartments() {
	if (!departmentsReading) {
		departmentsReading = Promise.all([get('/api/v1/departments'), get('/api/v1/platforms')])
			.then(([departments, platforms]) => ({ departments, platforms }))
			.catch((failure) => {
				departmentsReading = null;
				throw failure;
			});
	}
	return departmentsReading;
}

/** The directory naming these departments and platforms. */
export function withDepartments(directory, { departments, platforms }) {
	return {
		...directory,
		departments,
		platforms,
		departmentsByCode: new Map(departments.map((department) => [department.code, department])),
		platformsByCode: new Map(platforms.map((platform) => [platform.code, platform])),
	};
}

/** A minor class's key among the directory's minors: events and components use the same codes. */
export function minorKey(kind, code) {
	return `${kind}:${code}`;
}

/** Name functions for one locale over a loaded directory. */
export function namesFor(directory, locale, t) {
	const english = locale === 'en';
	const pick = (zh, en) => (english ? en || zh : zh || en);
	const known = (key) => t(key) !== key;
	return {
		state(state, label) {
			const name = label || (directory && directory.stateLabels.get(state));
			return name ? pick(name.zh, name.en) : t('action.unknown');
		},
		category(code, kind) {
			const minor = directory && directory.minors.get(minorKey(kind, code));
			return minor ? pick(minor.nameZh, minor.nameEn) : code || '';
		},
		major(major) {
			return pick(major.nameZh, major.nameEn);
		},
		department(code, trail) {
			if (!code) {
				return t('detail.none');
			}
			if (code.startsWith('grid:')) {
				const grid = code.substring(5);
				const step = trail && trail.grids.find((candidate) => candidate.code === grid);
				return t('field.territory', step ? step.name : grid);
			}
			const department = directory && (directory.departmentsByCode.get(code) || directory.platformsByCode.get(code));
			return department ? pick(department.nameZh, department.nameEn) : code;
		},
		role(code) {
			const role = directory && directory.roles.get(code);
			return role ? pick(role.nameZh, role.nameEn) : '';
		},
		action(slug) {
			return known(`action.${slug}`) ? t(`action.${slug}`) : t('action.unknown');
		},
		code(prefix, value) {
			return value && known(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : '';
		},
	};
}
