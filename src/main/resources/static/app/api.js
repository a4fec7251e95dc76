/** The two texts the API client shows itself, in the page's language (the pages set `<html lang>`). */
function t(key, value) {
	const english = (document.documentElement.lang || '').toLowerCase().startsWith('en');
	const texts = english
		? { network: 'Cannot reach the server', unexpected: `Unexpected response from the server (${value})` }
		: { network: '无法连接服务器', unexpected: `服务器返回了意外的响应(${value})` };
	return texts[key];
}

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

const ACCEPT = 'application/json, application/geo+json, application/problem+json';

/** The CSRF token the server set in a cookie, echoed in a header on every change. */
function csrfToken() {
	const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
	return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** Sends to the login page, coming back here afterwards. */
export function toLogin() {
	window.location.assign(`/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
}

/**
 * GETs path from the OneGrid API and returns the parsed JSON, or throws an ApiError. A parameter whose value is an
 * array is sent once per element.
 */
export async function get(path, params = {}) {
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) {
		for (const one of Array.isArray(value) ? value : [value]) {
			if (one !== undefined && one !== null && one !== '') {
				query.append(name, one);
			}
		}
	}
	return call(query.toString() ? `${path}?${query}` : path, { headers: { Accept: ACCEPT } });
}

/** POSTs a multipart form (a file upload) with the CSRF header; returns the parsed JSON answer. */
export async function upload(path, formData) {
	return call(path, { method: 'POST', headers: { Accept: ACCEPT, 'X-XSRF-TOKEN': csrfToken() }, body: formData });
}

/** Sends a change (POST, PUT, DELETE) with a JSON body and the CSRF header; returns the parsed JSON answer. */
export async function send(method, path, body) {
	return call(path, {
		method,
		headers: { Accept: ACCEPT, 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
}

/** Sends a change with a body already written (plain text by default) and the CSRF header. */
export async function sendText(method, path, text, type = 'text/plain; charset=utf-8') {
	return call(path, {
		method,
		headers: { Accept: ACCEPT, 'Content-Type': type, 'X-XSRF-TOKEN': csrfToken() },
		body: text,
	});
}

async function call(url, init) {
	let response;
	try {
		response = await fetch(url, { credentials: 'same-origin', ...init });
	}
	catch (failure) {
		throw new ApiError(0, { title: t('network'), detail: failure.message, errors: [] });
	}
	const text = await response.text();
	let body = null;
	try {
		body = text ? JSON.parse(text) : null;
	}
	catch {
		body = null;
	}
	if (response.status === 401 && !url.startsWith('/api/v1/auth/login')) {
		toLogin();
	}
	if (!response.ok) {
		const problem = body && typeof body === 'object' ? body
			: { title: t('unexpected', response.status), detail: text.slice(0, 300) };
		throw new ApiError(response.status, { errors: [], ...problem });
	}
	if (body === null && text) {
		throw new ApiError(response.status, { title: t('unexpected', response.status), detail: text.slice(0, 300), errors: [] });
	}
	return body;
}

export const api = {
	me: () => get('/api/v1/auth/me'),
	login: (username, password) => send('POST', '/api/v1/auth/login', { username, password }),
	logout: () => send('POST', '/api/v1/auth/logout'),
	checkIn: (personId, body) => send('POST', `/api/v1/people/${personId}/check-ins`, body),
	layers: () => get('/api/v1/layers'),
	exportLayer: (code) => get(`/api/v1/layers/${encodeURIComponent(code)}/export`),
	grid: (layer, code) => get(`/api/v1/layers/${encodeURIComponent(layer)}/grids/${encodeURIComponent(code)}`),
	locate: (lon, lat, crs) => get('/api/v1/grids/locate', { lon, lat, crs }),
	coverage: (layer) => get(`/api/v1/layers/${encodeURIComponent(layer)}/analysis/coverage`, { minArea: 1 }),
	correspondence: (layer, other) => get(`/api/v1/layers/${encodeURIComponent(layer)}/analysis/correspondence`, { with: other }),
};
