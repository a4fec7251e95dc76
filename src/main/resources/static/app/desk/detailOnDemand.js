import { h, inject, ref, shallowRef } from '../vue.js';
import { ProblemBox } from './ProblemBox.js';
import { describe } from './problems.js';

let arriving = null;

/**
 * Fetches the case detail's scripts (its panels, forms and map) once; after a failure the next call tries again.
 * The workbench's first view is the queue, so these are asked for when a case is first opened, or at once when the
 * address already names one.
 */
export function loadCaseDetail() {
	if (!arriving) {
		arriving = import('./CaseDetail.js').then((module) => module.CaseDetail).catch((failure) => {
			arriving = null;
			throw failure;
		});
	}
	return arriving;
}

/** The detail column with nothing in it but a line of text. */
export const DetailPlaceholder = {
	props: { text: { type: String, default: 'detail.empty' } },
	setup(props) {
		const { t } = inject('i18n');
		return () => h('section', { id: 'case-detail', class: 'panel detail placeholder', 'aria-label': t('detail.label') },
			h('p', { class: 'muted empty' }, t(props.text)));
	},
};

/**
 * The case detail (given the same props and listeners as CaseDetail), saying "loading" until its scripts have
 * arrived, and that the server cannot be reached if they cannot be fetched; opening a case again then tries again.
 */
export const CaseDetailOnDemand = {
	inheritAttrs: false,
	setup(props, { attrs }) {
		const { t } = inject('i18n');
		const detail = shallowRef(null);
		const failed = ref(false);
		loadCaseDetail().then((component) => { detail.value = component; }, () => { failed.value = true; });
		return () => {
			if (detail.value) {
				return h(detail.value, attrs);
			}
			return failed.value
				? h('section', { id: 'case-detail', class: 'panel detail placeholder', 'aria-label': t('detail.label') },
					h(ProblemBox, { described: describe({ status: 0 }, t), onDismiss: () => attrs.onClose() }))
				: h(DetailPlaceholder, { text: 'loading' });
		};
	},
};
