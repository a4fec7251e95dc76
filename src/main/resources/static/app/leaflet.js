const VERSION = '/webjars/leaflet/1.9.4/dist';

let arriving = null;

/**
 * Leaflet for a page that shows a map only on demand (the workbench draws one when a case is opened): its style and
 * script are asked for the first time a map is wanted, not with the page, and once only. Pages whose first view is a
 * map keep naming Leaflet in their HTML, and then this finds it already there.
 *
 * @returns a promise of the global L; rejected when the script cannot be fetched, so that the next call tries again
 */
export function loadLeaflet() {
	if (window.L) {
		return Promise.resolve(window.L);
	}
	if (!arriving) {
		arriving = new Promise((resolve, reject) => {
			if (!document.querySelector(`link[href="${VERSION}/leaflet.css"]`)) {
				const style = document.createElement('link');
				style.rel = 'stylesheet';
				style.href = `${VERSION}/leaflet.css`;
				document.head.append(style);
			}
			const script = document.createElement('script');
			script.src = `${VERSION}/leaflet.js`;
			script.onload = () => resolve(window.L);
			script.onerror = () => {
				script.remove();
				arriving = null;
				reject(new Error(`${script.src} could not be loaded`));
			};
			document.head.append(script);
		});
	}
	return arriving;
}
