import { ApiError } from '../api.js';
import { uploadPhoto } from './attachments.js';

/**
 * Photos taken while the device is offline, kept in the browser's IndexedDB until the network is back. A report
 * made offline names such a photo as {@code device-photo:<key>}; before the report is sent, the photo is uploaded
 * and the name replaced by the stored photo's url, so the case arrives with its photo as if it had been online.
 */
const DATABASE = 'onegrid-field';
const STORE = 'photos';
export const PREFIX = 'device-photo:';

function open() {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { autoIncrement: true });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run(mode, work) {
	const db = await open();
	try {
		return await new Promise((resolve, reject) => {
			const request = work(db.transaction(STORE, mode).objectStore(STORE));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	}
	finally {
		db.close();
	}
}

/** Keeps the photo on the device; answers the name a report carries until the photo is uploaded. */
export async function keepPhoto(file) {
	const key = await run('readwrite', (store) => store.add({ blob: file, name: file.name || 'photo.jpg' }));
	return PREFIX + key;
}

/** Forgets a kept photo, once uploaded or when the worker removes it. */
export function dropPhoto(name) {
	return run('readwrite', (store) => store.delete(Number(name.substring(PREFIX.length))));
}

function keptPhoto(name) {
	return run('readonly', (store) => store.get(Number(name.substring(PREFIX.length))));
}

/**
 * The item with every kept photo of its attachments uploaded and named by url. A photo the server refuses (type or
 * size) is left out, reported through onRefused, and the report goes on without it; a photo no longer on the device
 * is left out. Throws an ApiError with status 0 (or 5xx) while the upload cannot be made: the item stays queued.
 */
export async function withUploadedPhotos(item, onRefused) {
	const attachments = item.body && Array.isArray(item.body.attachments) ? item.body.attachments : [];
	if (!attachments.some((name) => typeof name === 'string' && name.startsWith(PREFIX))) {
		return item;
	}
	const urls = [];
	for (const name of attachments) {
		if (typeof name !== 'string' || !name.startsWith(PREFIX)) {
			urls.push(name);
			continue;
		}
		const kept = await keptPhoto(name);
		if (!kept) {
			continue;
		}
		try {
			urls.push((await uploadPhoto(new File([kept.blob], kept.name, { type: kept.blob.type }))).url);
		}
		catch (failure) {
			if (!(failure instanceof ApiError) || failure.status === 0 || failure.status >= 500
					|| failure.status === 401) {
				throw failure;
			}
			onRefused({ label: 'photo' }, failure);
		}
		await dropPhoto(name);
	}
	return { ...item, body: { ...item.body, attachments: urls } };
}
