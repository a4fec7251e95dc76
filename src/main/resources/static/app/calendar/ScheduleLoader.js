import { sendText } from '../api.js';
import { h, inject, ref } from '../vue.js';
import { dayLabel } from './days.js';

const TYPES = { json: 'application/json', lines: 'text/plain; charset=utf-8' };

/**
 * Loads a year's official schedule, pasted or from a file: first a preview of the dates that would change, then
 * the load itself. The server checks everything and refuses field by field; nothing is changed by a preview.
 */
export const ScheduleLoader = {
	props: { coverage: { type: Object, required: true }, context: { type: Object, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		const year = ref(Number(props.coverage.status.firstFallbackDay.substring(0, 4)));
		const format = ref('json');
		const text = ref('');
		const result = ref(null);

		async function readFile(event) {
			const file = event.target.files[0];
			if (file) {
				text.value = await file.text();
				format.value = file.name.endsWith('.json') ? 'json' : 'lines';
			}
		}

		function submit(dryRun) {
			props.context.guard(async () => {
				result.value = null;
				const path = `/api/v1/calendar/years/${encodeURIComponent(year.value)}${dryRun ? '?dryRun=true' : ''}`;
				const change = await sendText('PUT', path, text.value, TYPES[format.value]);
				result.value = change;
				if (!dryRun) {
					await props.context.reload();
					props.context.notify(t('load.applied', change.year, change.workingDaysBefore, change.workingDaysAfter));
				}
			});
		}

		function changes(change) {
			const summary = t(change.dryRun ? 'load.previewed' : 'load.applied', change.year, change.workingDaysBefore,
				change.workingDaysAfter);
			return h('div', { id: 'load-result', 'data-dry-run': String(change.dryRun) }, [
				h('p', summary),
				change.changes.length === 0 ? h('p', { class: 'muted' }, t('load.noChanges'))
					: h('table', { id: 'load-changes' }, [
						h('thead', h('tr', ['load.date', 'load.before', 'load.after'].map((key) => h('th', t(key))))),
						h('tbody', change.changes.map((day) => h('tr', { 'data-date': day.date }, [
							h('td', day.date), h('td', dayLabel(t, day.before)), h('td', dayLabel(t, day.after)),
						]))),
					]),
			]);
		}

		return () => h('section', { id: 'load-panel' }, [
			h('h2', t('load.heading')),
			h('form', { id: 'load-form', class: 'row-form', onSubmit: (event) => { event.preventDefault(); submit(true); } }, [
				h('label', [h('span', t('load.year')), h('input', { id: 'load-year', type: 'number', min: 2000, max: 2099,
					value: year.value, onInput: (event) => { year.value = event.target.value; } })]),
				h('label', [h('span', t('load.format')), h('select', { id: 'load-format', value: format.value,
					onChange: (event) => { format.value = event.target.value; } }, [
					h('option', { value: 'json' }, t('load.format.json')),
					h('option', { value: 'lines' }, t('load.format.lines')),
				])]),
				h('label', { class: 'wide' }, [h('span', t('load.text')), h('textarea', { id: 'load-text', rows: 8,
					spellcheck: false, value: text.value, onInput: (event) => { text.value = event.target.value; } })]),
				h('label', [h('span', t('load.file')), h('input', { id: 'load-file', type: 'file',
					accept: '.json,.txt,application/json,text/plain', onChange: readFile })]),
				h('div', { class: 'buttons' }, [
					h('button', { type: 'submit', id: 'load-preview' }, t('load.preview')),
					h('button', { type: 'button', id: 'load-apply', class: 'primary', onClick: () => submit(false) },
						t('load.apply')),
				]),
			]),
			result.value ? changes(result.value) : null,
		]);
	},
};
