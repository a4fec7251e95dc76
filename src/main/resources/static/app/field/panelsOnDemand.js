import { announceModulesOnDemand } from '../onDemand.js';
import { defineAsyncComponent } from '../vue.js';

const RETRIES = 3;

/** A panel whose scripts arrive when it is first shown, tried again a few times when the network drops them. */
function onDemand(load) {
	return defineAsyncComponent({
		loader: load,
		onError(failure, retry, fail, attempts) {
			if (attempts <= RETRIES) {
				window.setTimeout(retry, 1000 * attempts);
			}
			else {
				fail();
			}
		},
	});
}

/*
 * The field page's panels other than the report form, which is the first thing a worker sees: their scripts are
 * left out of the page's first load, which on a slow link is paid for in round trips over the browser's few
 * connections, and asked for all at once as soon as the page is usable, so that a tab is ready before it is chosen.
 */
const loaders = {
	cases: () => import('./CasesPanel.js').then((module) => module.CasesPanel),
	checkIn: () => import('./CheckInPanel.js').then((module) => module.CheckInPanel),
	patrol: () => import('./PatrolPanel.js').then((module) => module.PatrolPanel),
};

export const CasesPanel = onDemand(loaders.cases);

export const CheckInPanel = onDemand(loaders.checkIn);

export const PatrolPanel = onDemand(loaders.patrol);

/** Asks for every panel's scripts at once, once the page is usable; the browser keeps them for when one is shown. */
export function fetchPanels() {
	announceModulesOnDemand();
	Object.values(loaders).forEach((load) => load().catch(() => {}));
}
