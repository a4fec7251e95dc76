import { ApiError, send } from './api.js';

/**
 * Changes the field app could not send yet, kept in the browser across reloads and sent in order when the network
 * is back. Reports carry a request id, so sending one twice still makes one case. A change the server refuses (4xx)
 * is dropped and reported; a network failure stops the run and keeps the rest for later. A change queued by one
 * account is sent only while that account is signed in, so that a shared phone never sends it as someone else.
 */
const KEY = 'onegrid.outbox';

export function pending(owner) {
	const items = JSON.parse(localStorage.getItem(KEY) || '[]');
	return owner === undefined ? items : items.filter((item) => mine(item, owner));
}

function save(items) {
	localStorage.setItem(KEY, JSON.stringify(items));
}

function mine(item, owner) {
	return owner === undefined || !item.owner || item.owner === owner;
}

export function enqueue(method, path, body, label, owner) {
	save([...pending(), owner ? { method, path, body, label, owner } : { method, path, body, label }]);
}

/** Puts {@code prepared} where {@code item} was, so that what preparing did is not done again. */
function replace(item, prepared) {
	const all = pending();
	const index = all.findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(item));
	if (index >= 0) {
		save([...all.slice(0, index), prepared, ...all.slice(index + 1)]);
	}
}

function unreachable(failure) {
	return !(failure instanceof ApiError) || failure.status === 0 || failure.status >= 500 || failure.status === 401;
}

/**
 * Sends what is pending (of {@code owner} only, when given); calls onSent(item, answer) or onRefused(item, error) for
 * each one that is settled. {@code prepare}, when given, turns an item into the one to send (uploading what it
 * refers to, say) before it is sent; the prepared item replaces the queued one at once. An item that cannot be prepared yet stops the run and stays.
 */
export async function flush(onSent, onRefused, owner, prepare) {
	for (;;) {
		let item = pending().find((candidate) => mine(candidate, owner));
		if (!item) {
			return true;
		}
		if (prepare) {
			let prepared;
			try {
				prepared = await prepare(item);
			}
			catch {
				return false;
			}
			if (prepared !== item) {
				replace(item, prepared);
				item = prepared;
			}
		}
		let answer;
		let refusal = null;
		try {
			answer = await send(item.method, item.path, item.body);
		}
		catch (failure) {
			if (unreachable(failure)) {
				return false;
			}
			refusal = failure;
		}
		const all = pending();
		const index = all.findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(item));
		save(index < 0 ? all : [...all.slice(0, index), ...all.slice(index + 1)]);
		if (refusal) {
			onRefused(item, refusal);
		}
		else {
			onSent(item, answer);
		}
	}
}
