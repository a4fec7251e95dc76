import { api, get } from './api.js';
import { guarded } from './errors.js';
import { t, translate } from './messages.js';

/** The sign-in page: starts a session, then goes back to the page that sent the user here. */
translate();
document.title = `${t('login.title')} · ${t('app.title')}`;

/** Only a path on this site, so the page cannot be used to send people elsewhere. */
function next() {
	const target = new URLSearchParams(window.location.search).get('next') || '/';
	return target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

document.getElementById('login-form').addEventListener('submit', (event) => {
	event.preventDefault();
	const form = event.target.elements;
	guarded(async () => {
		await api.login(form.username.value, form.password.value);
		window.location.assign(next());
	});
});

get('/api/v1/auth/csrf').catch(() => undefined).finally(() => {
	document.body.dataset.ready = 'true';
});
