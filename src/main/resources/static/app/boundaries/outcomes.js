import { gcj02ToWgs84 } from '../basemap.js';

/** The colours of the three outcomes on the map, with 3:1 contrast against the plain background. */
export const COLOURS = { accepted: '#1a7f37', repaired: '#9a6700', refused: '#d1242f' };

/** The coordinate systems a boundary file may declare, as the import API names them. */
export const SYSTEMS = ['wgs84', 'gcj02', 'cgcs2000'];

/**
 * A GeoJSON FeatureCollection read from the text of a local file, or an Error worded by `t` when it is not one.
 * The file stays in the browser; only the import call sends it, to OneGrid's own API.
 */
export function parseCollection(text, t) {
	let document;
	try {
		document = JSON.parse(text);
	}
	catch (failure) {
		throw new Error(t('file.notJson', failure.message));
	}
	if (!document || document.type !== 'FeatureCollection' || !Array.isArray(document.features)) {
		throw new Error(t('file.notCollection'));
	}
	return document;
}

/** Every property name any feature of the collection carries, in the order first met. */
export function propertyNames(collection) {
	const names = new Set();
	collection.features.forEach((feature) => Object.keys((feature && feature.properties) || {})
		.forEach((name) => names.add(name)));
	return [...names];
}

/**
 * Each feature of the collection with what a dry run or an import said of it: its index, code and name as mapped,
 * its outcome ('accepted', 'repaired' or 'refused'), the API's problems and repairs for it, and the file's own
 * problems (feature index -1) apart. Before any answer every feature is 'unchecked'.
 */
export function outcomes(collection, mapping, result) {
	const problems = (result && result.problems) || [];
	const repairs = (result && result.repairs) || [];
	const rows = collection.features.map((feature, index) => {
		const properties = (feature && feature.properties) || {};
		const mine = problems.filter((problem) => problem.featureIndex === index);
		const fixed = repairs.filter((repair) => repair.featureIndex === index);
		let outcome = 'unchecked';
		if (result) {
			outcome = mine.length ? 'refused' : fixed.length ? 'repaired' : 'accepted';
		}
		return { index, code: text(properties[mapping.codeProperty || 'code']),
			name: text(properties[mapping.nameProperty || 'name']), outcome, problems: mine, repairs: fixed };
	});
	return { rows, fileProblems: problems.filter((problem) => problem.featureIndex < 0) };
}

/** How many features have each outcome. */
export function countOutcomes(rows) {
	const counts = { accepted: 0, repaired: 0, refused: 0, unchecked: 0 };
	rows.forEach((row) => { counts[row.outcome] += 1; });
	return counts;
}

/** The sentence above the form: no file yet, not tried yet, or what the dry run or the import said. */
export function summaryOf(answer, hasFile, t) {
	if (!answer) {
		return hasFile ? t('summary.unchecked') : t('summary.noFile');
	}
	if (answer.dryRun) {
		return answer.accepted ? t('summary.wouldImport', answer.imported, answer.layer)
			: t('summary.wouldRefuse', answer.layer);
	}
	return answer.accepted ? t('summary.imported', answer.imported, answer.layer, answer.version)
		: t('summary.refused', answer.layer);
}

/** A feature's geometry as WGS-84 GeoJSON, for the map: GCJ-02 shifted back, CGCS2000 taken as WGS-84. */
export function toWgs84(geometry, crs) {
	if (!geometry || crs !== 'gcj02') {
		return geometry;
	}
	const shift = (coordinates) => (typeof coordinates[0] === 'number' ? gcj02ToWgs84(coordinates[0], coordinates[1])
		: coordinates.map(shift));
	return { ...geometry, coordinates: shift(geometry.coordinates || []) };
}

function text(value) {
	return value === undefined || value === null ? '' : String(value).trim();
}
