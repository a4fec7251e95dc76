/**
 * Announces every script the page loads only on demand, as the server lists them in
 * `<meta name="modules-on-demand">`, so that the browser asks for all of them at once rather than one level of
 * imports per round trip. Announcing twice asks for nothing twice.
 */
export function announceModulesOnDemand() {
	const listed = document.querySelector('meta[name="modules-on-demand"]');
	for (const module of listed ? listed.content.split(' ').filter(Boolean) : []) {
		if (!document.querySelector(`link[rel="modulepreload"][href="${module}"]`)) {
			const link = document.createElement('link');
			link.rel = 'modulepreload';
			link.href = module;
			document.head.append(link);
		}
	}
}
