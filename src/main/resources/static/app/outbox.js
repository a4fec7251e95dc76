import { ApiError, send } from './api.js';

/**
 * Changes the field app could not send yet, kept in the browser across reloads and sent in order when the network
 * is back. Reports carry a request id, so sending one twice still makes one case. A change the server refuses (4xx)
 * is dropped and reported; a network failure stops the run and keeps the rest for later.
 */
const KEY = 'onegrid.outbox';

export function pending() {
	return JSON.parse(localStorage.getItem(KEY) || '[]');
}

function save(items) {
	localStorage.setItem(KEY, JSON.stringify(items));
}

export function enqueue(method, path, body, label) {
	save([...pending(), { method, path, body, label }]);
}

/** Sends what is pending; calls onSent(item, answer) or onRefused(item, error) for each one that is settled. */
export async function flush(onSent, onRefused) {
	let items = pending();
	while (items.length) {
		const [item, ...rest] = items;
		try {
			onSent(item, await send(item.method, item.path, item.body));
		}
		catch (failure) {
			if (!(failure instanceof ApiError) || failure.status === 0 || failure.status >= 500 || failure.status === 401) {
				return false;
			}
			onRefused(item, failure);
		}
		items = rest;
		save(items);
	}
	return true;
}
