import { guardWith } from '../guard.js';
import { api, get, upload } from '../api.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { h, inject, onBeforeUnmount, onMounted, ref, watchEffect } from '../vue.js';
import { ProblemTable } from './ProblemTable.js';

const POLL_EVERY = 1000;

/**
 * Loads a district's past cases: choose a CSV file and the shipped mapping (or a mapping document of one's own),
 * try it first (every row that would fail, and why, with nothing written), then import it; the import runs in the
 * background in chunks, and the page follows it to its end, with the past imports below.
 */
export const ImportsPage = {
	setup() {
		const { t } = inject('i18n');
		const me = ref(null);
		const file = ref(null);
		const mapping = ref('nyc311');
		const documentText = ref('');
		const report = ref(null);
		const job = ref(null);
		const jobs = ref([]);
		const problem = ref(null);
		const guard = guardWith(problem, t);
		let timer = null;

		function form() {
			const data = new FormData();
			data.append('file', file.value);
			if (documentText.value.trim()) {
				data.append('mappingDocument', documentText.value);
			}
			else {
				data.append('mapping', mapping.value);
			}
			return data;
		}

		const tryIt = () => guard(async () => {
			job.value = null;
			report.value = await upload('/api/v1/imports?dryRun=true', form());
		});

		const start = () => guard(async () => {
			report.value = null;
			job.value = await upload('/api/v1/imports', form());
			follow();
		});

		function follow() {
			window.clearTimeout(timer);
			if (job.value && job.value.state === 'RUNNING') {
				timer = window.setTimeout(() => guard(async () => {
					job.value = await get(`/api/v1/imports/${job.value.id}`);
					if (job.value.state !== 'RUNNING') {
						jobs.value = await get('/api/v1/imports');
					}
					follow();
				}), POLL_EVERY);
			}
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			jobs.value = await get('/api/v1/imports');
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));
		onBeforeUnmount(() => window.clearTimeout(timer));

		const ready = () => Boolean(file.value);
		return () => h('div', { class: 'assessment-page imports-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'imports-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				h('form', { id: 'import-form', class: 'panel', onSubmit: (event) => event.preventDefault() }, [
					h('label', { for: 'import-file' }, t('form.file')),
					h('input', { id: 'import-file', type: 'file', accept: '.csv,text/csv',
						onChange: (event) => { file.value = event.target.files[0] || null; } }),
					h('label', { for: 'import-mapping' }, t('form.mapping')),
					h('select', { id: 'import-mapping', value: mapping.value,
						onChange: (event) => { mapping.value = event.target.value; } },
					[h('option', { value: 'nyc311' }, t('form.nyc311'))]),
					h('label', { for: 'import-document' }, t('form.document')),
					h('textarea', { id: 'import-document', rows: 4, value: documentText.value,
						onInput: (event) => { documentText.value = event.target.value; } }),
					h('div', { class: 'buttons' }, [
						h('button', { type: 'button', id: 'import-try', disabled: !ready(), onClick: tryIt }, t('form.try')),
						h('button', { type: 'button', id: 'import-start', class: 'primary', disabled: !ready(),
							onClick: start }, t('form.start')),
					]),
				]),
				report.value ? h('section', { id: 'dry-run', 'aria-labelledby': 'dry-run-heading' }, [
					h('h2', { id: 'dry-run-heading' }, t('dryRun.heading')),
					h('p', { id: 'dry-run-summary' }, t('dryRun.summary', report.value.rowsTotal, report.value.rowsOk)),
					h(ProblemTable, { id: 'dry-run-problems', problems: report.value.problems }),
				]) : null,
				job.value ? h('section', { id: 'job', 'data-state': job.value.state, 'aria-live': 'polite' }, [
					h('h2', t('job.heading', job.value.id)),
					h('p', { id: 'job-summary' }, t(`job.${job.value.state}`, job.value.rowsDone, job.value.rowsFailed,
						job.value.rowsTotal)),
					h(ProblemTable, { id: 'job-problems', problems: job.value.problems || [] }),
				]) : null,
				h('section', { id: 'jobs', 'aria-labelledby': 'jobs-heading' }, [
					h('h2', { id: 'jobs-heading' }, t('jobs.heading')),
					h('ul', jobs.value.map((one) => h('li', { 'data-job': one.id }, t('jobs.line', one.id, one.mapping,
						t(`state.${one.state}`), one.rowsDone, one.rowsTotal, one.createdBy)))),
				]),
			]),
		]);
	},
};
