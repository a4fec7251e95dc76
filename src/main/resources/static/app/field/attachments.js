import { ApiError } from '../api.js';

/**
 * Uploads a photo to the attachments API ({@code POST /api/v1/attachments}, multipart field {@code file}) and
 * answers {id, url, contentType, size, name}; the url goes into a report's or an action's attachments. Throws an
 * ApiError: status 0 when offline, 404 while the server has no attachments API.
 */
export async function uploadPhoto(file) {
	const form = new FormData();
	form.append('file', file, file.name || 'photo.jpg');
	let response;
	try {
		response = await fetch('/api/v1/attachments', { method: 'POST', credentials: 'same-origin', body: form,
			headers: { Accept: 'application/json, application/problem+json', 'X-XSRF-TOKEN': csrfToken() } });
	}
	catch (failure) {
		throw new ApiError(0, { title: failure.message, errors: [] });
	}
	const text = await response.text();
	let body = null;
	try {
		body = text ? JSON.parse(text) : null;
	}
	catch {
		body = null;
	}
	if (!response.ok || !body || !body.url) {
		throw new ApiError(response.status, { errors: [], ...(body && typeof body === 'object' ? body : {}) });
	}
	return body;
}

function csrfToken() {
	const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
	return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}
