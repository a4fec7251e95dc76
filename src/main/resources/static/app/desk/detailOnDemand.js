import { ApiError } from '../api.js';
import { announceModulesOnDemand } from '../onDemand.js';
import { h, inject } from '../vue.js';

let arriving = null;

/**
 * Fetches the case detail's scripts (its panels, forms and map) once, giving the CaseDetail component; a failure
 * reads as the network's, and the next call tries again. The workbench's first view is the queue, so these are asked
 * for when a case is first opened, or at once when the address already names one.
 */
export function loadCaseDetail() {
	if (!arriving) {
		announceModulesOnDemand();
		arriving = import('./CaseDetail.js').then((module) => module.CaseDetail).catch((failure) => {
			arriving = null;
			throw new ApiError(0, { title: failure.message, detail: failure.message, errors: [] });
		});
	}
	return arriving;
}

/**
 * The detail column while no case is shown in it: a line saying to choose one, or that the chosen one is on its way.
 * It stays the same element while its text changes, so that what reads the page sees one column, not several.
 */
export const DetailPlaceholder = {
	props: { text: { type: String, default: 'detail.empty' } },
	setup(props) {
		const { t } = inject('i18n');
		return () => h('section', { id: 'case-detail', class: 'panel detail placeholder', 'aria-label': t('detail.label') },
			h('p', { class: 'muted empty' }, t(props.text)));
	},
};
