/**
 * The import calls of the boundary page: the API path with the chosen options, the features left out when the
 * administrator imports without the refused ones, and the answers (a result, or a 422 refusal carrying the problems
 * and repairs) with their feature indexes turned back to the file's own.
 */

/** POST path of the layer's import with the mapping, the coordinate system and the geometry mode. */
export function importPath(options, dryRun) {
	const query = new URLSearchParams();
	['codeProperty', 'nameProperty', 'parentProperty', 'levelProperty'].forEach((name) => {
		if (options[name]) {
			query.append(name, options[name]);
		}
	});
	query.append('crs', options.crs);
	query.append('geometry', options.geometry);
	query.append('dryRun', String(dryRun));
	return `/api/v1/layers/${encodeURIComponent(options.layer)}/import?${query}`;
}

/**
 * The features to send, with the file index of each one: all of them, or, when `omitRefused`, those the last dry
 * run did not refuse.
 */
export function toSend(collection, rows, omitRefused) {
	const indexes = rows.filter((row) => !omitRefused || row.outcome !== 'refused').map((row) => row.index);
	return { features: indexes.map((index) => collection.features[index]), indexes };
}

function mapBack(answer, indexes, total, t) {
	const back = (item) => ({ ...item, featureIndex: item.featureIndex < 0 ? item.featureIndex
		: indexes[item.featureIndex] });
	const sent = new Set(indexes);
	const leftOut = [...Array(total).keys()].filter((index) => !sent.has(index))
		.map((index) => ({ featureIndex: index, code: 'LEFT_OUT', detail: t('list.leftOut') }));
	return { ...answer, problems: [...(answer.problems || []).map(back), ...leftOut],
		repairs: (answer.repairs || []).map(back) };
}

/** The field-by-field errors of a refusal (those that name a field), by the API's field name. */
function fieldErrorsOf(failure) {
	const errors = {};
	((failure && failure.problem && failure.problem.errors) || []).filter((error) => error.field).forEach((error) => {
		(errors[error.field] = errors[error.field] || []).push(error.detail || error.code);
	});
	return errors;
}

/**
 * A refusal of the import as a result to show feature by feature, or null when the refusal is not about the
 * file's features (a wrong option, a missing layer, no permission).
 */
function of(failure, indexes, total, t) {
	const body = failure && failure.problem;
	if (!body || failure.status !== 422 || !(body.errors || []).some((error) => 'featureIndex' in error)) {
		return null;
	}
	const result = mapBack({ layer: '', dryRun: false, accepted: false, imported: 0,
		problems: body.errors, repairs: body.repairs || [] }, indexes, total, t);
	return { result, fieldErrors: fieldErrorsOf(failure) };
}

export const refusal = { of, mapBack, fieldErrorsOf };
