import { guardWith } from '../guard.js';
import { api, get, send } from '../api.js';
import { loadPermissions } from '../permissions.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { h, inject, onMounted, reactive, ref, watchEffect } from '../vue.js';
import { ForecastPanel } from './ForecastPanel.js';
import { OutlookPanel } from './OutlookPanel.js';
import { WarningList } from './WarningList.js';

/**
 * Analysis as the reader may see it: the warnings the sweep raised within their scope, with supervision of a
 * warning's cases for those who may, and for a grid and category they choose the forecast of the days ahead and
 * the outlook of the months and years ahead with the course of satisfaction (the whole district's for readers who
 * see all of it, shown at once).
 */
export const AnalysisPage = {
	setup() {
		const { t } = inject('i18n');
		const me = ref(null);
		const permissions = ref(new Set());
		const warnings = ref([]);
		const forecast = ref(null);
		const outlook = ref(null);
		const problem = ref(null);
		const notice = ref('');
		const query = reactive({ layer: '', grid: '', category: '', days: 14, months: 12 });
		const guard = guardWith(problem, t, () => { notice.value = ''; });

		async function loadWarnings() {
			warnings.value = await get('/api/v1/analysis/warnings');
		}

		function loadForecast(event) {
			if (event) {
				event.preventDefault();
			}
			return guard(async () => {
				const area = { layer: query.layer, grid: query.grid, category: query.category };
				forecast.value = await get('/api/v1/analysis/forecast', { ...area, days: query.days });
				outlook.value = await get('/api/v1/analysis/outlook', { ...area, months: query.months });
			});
		}

		function supervise(warning) {
			guard(async () => {
				const done = await send('POST', `/api/v1/analysis/warnings/${warning.id}/supervision`,
					{ note: t('warnings.note') });
				notice.value = t('warnings.supervised', done.caseIds.length);
				await loadWarnings();
			});
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			const caller = await api.me();
			me.value = caller;
			permissions.value = await loadPermissions(caller);
			await loadWarnings();
			const wholeDistrict = (path) => get(path).catch((failure) => {
				if (failure && failure.problem && failure.problem.status === 403) {
					return null;
				}
				throw failure;
			});
			forecast.value = await wholeDistrict('/api/v1/analysis/forecast');
			outlook.value = await wholeDistrict('/api/v1/analysis/outlook');
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		const field = (name, type, extra = {}) => h('label', { class: 'field' }, [
			h('span', t(`forecast.${name}`)),
			h('input', { id: `forecast-${name}`, type, value: query[name], ...extra,
				onInput: (event) => { query[name] = event.target.value; } }),
		]);

		return () => h('div', { class: 'assessment-page analysis-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'analysis-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				h(WarningList, { warnings: warnings.value, canSupervise: permissions.value.has('case:supervise'),
					onSupervise: supervise }),
				h('form', { id: 'forecast-form', class: 'controls', onSubmit: loadForecast,
					'aria-label': t('forecast.form') }, [
					field('layer', 'text'), field('grid', 'text'), field('category', 'text'),
					field('days', 'number', { min: 1, max: 60 }), field('months', 'number', { min: 1, max: 24 }),
					h('button', { type: 'submit', id: 'forecast-submit' }, t('forecast.submit')),
				]),
				h(ForecastPanel, { forecast: forecast.value }),
				h(OutlookPanel, { outlook: outlook.value }),
			]),
		]);
	},
};
