import { t } from './messages.js';

/**
 * A refusal from the API, carrying the problem+json body: title, detail and the individual errors.
 */
export class ApiError extends Error {
	constructor(status, problem) {
		super(problem.detail || problem.title);
		this.status = status;
		this.problem = problem;
	}
}

/** GETs path from the OneGrid API and returns the parsed JSON, or throws an ApiError. */
export async function get(path, params = {}) {
	const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== undefined && value !== ''));
	const url = query.toString() ? `${path}?${query}` : path;
	let response;
	try {
		response = await fetch(url, { headers: { Accept: 'application/json, application/geo+json, application/problem+json' } });
	}
	catch (failure) {
		throw new ApiError(0, { title: t('error.network'), detail: failure.message, errors: [] });
	}
	const text = await response.text();
	let body = null;
	try {
		body = text ? JSON.parse(text) : null;
	}
	catch {
		body = null;
	}
	if (!response.ok) {
		const problem = body && typeof body === 'object' ? body
			: { title: t('error.unexpected', response.status), detail: text.slice(0, 300) };
		throw new ApiError(response.status, { errors: [], ...problem });
	}
	if (body === null && text) {
		throw new ApiError(response.status, { title: t('error.unexpected', response.status), detail: text.slice(0, 300), errors: [] });
	}
	return body;
}

export const api = {
	layers: () => get('/api/v1/layers'),
	exportLayer: (code) => get(`/api/v1/layers/${encodeURIComponent(code)}/export`),
	grid: (layer, code) => get(`/api/v1/layers/${encodeURIComponent(layer)}/grids/${encodeURIComponent(code)}`),
	locate: (lon, lat, crs) => get('/api/v1/grids/locate', { lon, lat, crs }),
	coverage: (layer) => get(`/api/v1/layers/${encodeURIComponent(layer)}/analysis/coverage`, { minArea: 1 }),
	correspondence: (layer, other) => get(`/api/v1/layers/${encodeURIComponent(layer)}/analysis/correspondence`, { with: other }),
};
