/**
 * The dashboard's calls: its figures, the signed-in viewer, and the live feed over Server-Sent Events. A refusal
 * carries the HTTP status; an answer of 401 sends the screen to the login page and back.
 */
export class Refusal extends Error {
	constructor(status, detail) {
		super(detail);
		this.status = status;
	}
}

function toLogin() {
	window.location.assign(`/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
}

export async function getJson(path) {
	const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
	if (response.status === 401) {
		toLogin();
	}
	const text = await response.text();
	if (!response.ok) {
		let detail = text.slice(0, 200);
		try {
			const problem = JSON.parse(text);
			detail = problem.detail || problem.title || detail;
		}
		catch {
			// the answer was not problem+json; its first characters say enough
		}
		throw new Refusal(response.status, detail);
	}
	return JSON.parse(text);
}

/**
 * Opens the feed and calls {@code onLine} for each line (a case reported, gone overdue or escalated), {@code onReset}
 * when the server says lines were missed, and {@code onState} with true or false as the connection comes and goes.
 * The browser reconnects on its own and resumes after the last line it saw (Last-Event-ID). Returns a function that
 * closes the feed.
 */
export function openFeed({ onLine, onReset, onState }) {
	let source = null;
	let closed = false;

	function connect() {
		source = new EventSource('/api/v1/dashboard/feed');
		source.addEventListener('hello', () => onState(true));
		source.addEventListener('case', (event) => onLine(JSON.parse(event.data)));
		source.addEventListener('reset', () => {
			source.close();
			onReset();
			if (!closed) {
				connect();
			}
		});
		source.onerror = () => {
			onState(false);
			if (source.readyState === EventSource.CLOSED && !closed) {
				setTimeout(() => {
					if (!closed) {
						onReset();
						connect();
					}
				}, 5000);
			}
		};
	}

	connect();
	return () => {
		closed = true;
		if (source) {
			source.close();
		}
	};
}
