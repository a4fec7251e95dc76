import { guardWith } from '../guard.js';
import { api, sendText } from '../api.js';
import { loadPermissions, mayImportBoundaries } from '../permissions.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { computed, h, inject, onMounted, reactive, ref, watchEffect } from '../vue.js';
import { ImportForm } from './ImportForm.js';
import { LayerChanges } from './LayerChanges.js';
import { MembersPanel } from './MembersPanel.js';
import { OutcomeList } from './OutcomeList.js';
import { OutcomeMap } from './OutcomeMap.js';
import { outcomes, parseCollection, propertyNames, summaryOf } from './outcomes.js';
import { importPath, refusal, toSend } from './requests.js';

/** The API's field names the form shows its errors next to; the problem box lists any other. */
const FORM_FIELDS = ['layer', 'codeProperty', 'nameProperty', 'parentProperty', 'levelProperty', 'crs', 'geometry'];

/**
 * Loads a layer's grid boundaries from a GeoJSON file a surveying office delivered: the file is read in the browser,
 * mapped (which property holds code, name, parent and level; its coordinate system; strict or repair), tried with a
 * dry run that shows on the map and in a list what would be refused or repaired and why, and only then imported,
 * with the same choices, by an explicit second step. Both steps show what the new boundaries do to the layer as it
 * stands: which grids change or pass to another, and what follows them. Below, a layer's grid members (units,
 * committees, road sections) are listed and replaced from their own GeoJSON file.
 */
export const BoundaryImportPage = {
	setup() {
		const { t } = inject('i18n');
		const me = ref(null);
		const permitted = ref(null);
		const layers = ref([]);
		const problem = ref(null);
		const fieldErrors = ref({});
		const collection = ref(null);
		const fileName = ref('');
		const options = reactive({ layer: '', codeProperty: '', nameProperty: '', parentProperty: '',
			levelProperty: '', crs: 'wgs84', geometry: 'strict', omitRefused: false });
		const result = ref(null);
		const triedWith = ref('');
		const selected = ref(null);
		const busy = ref(false);
		const guard = guardWith(problem, t, () => { fieldErrors.value = {}; });

		const choices = () => JSON.stringify({ ...options, omitRefused: undefined });
		const view = computed(() => (collection.value ? outcomes(collection.value, options, result.value)
			: { rows: [], fileProblems: [] }));
		const dryRunCurrent = computed(() => Boolean(result.value && result.value.dryRun
			&& triedWith.value === choices()));
		const refusedCount = computed(() => (dryRunCurrent.value
			? view.value.rows.filter((row) => row.outcome === 'refused').length : 0));

		function readFile(file) {
			result.value = null;
			selected.value = null;
			collection.value = null;
			fileName.value = '';
			if (!file) {
				return;
			}
			const reader = new FileReader();
			reader.onload = () => guard(async () => {
				collection.value = parseCollection(String(reader.result), t);
				fileName.value = file.name;
			});
			reader.onerror = () => {
				problem.value = { title: t('error.heading'), detail: t('file.unreadable'), errors: [] };
			};
			reader.readAsText(file);
		}

		function change(name, value) {
			options[name] = value;
			if (name !== 'omitRefused' && result.value && !result.value.dryRun) {
				result.value = null;
			}
		}

		async function run(dryRun) {
			busy.value = true;
			const sent = toSend(collection.value, view.value.rows, !dryRun && options.omitRefused);
			const tried = choices();
			const ok = await guard(async () => {
				try {
					const answer = await sendText('POST', importPath(options, dryRun), JSON.stringify({
						type: 'FeatureCollection', features: sent.features }), 'application/geo+json');
					result.value = refusal.mapBack(answer, sent.indexes, collection.value.features.length, t);
				}
				catch (failure) {
					const refused = refusal.of(failure, sent.indexes, collection.value.features.length, t);
					if (refused) {
						result.value = { ...refused.result, layer: options.layer };
					}
					fieldErrors.value = refused ? refused.fieldErrors : refusal.fieldErrorsOf(failure);
					throw failure;
				}
				if (!dryRun) {
					layers.value = await api.layers();
				}
			});
			if (ok) {
				triedWith.value = dryRun ? tried : '';
			}
			busy.value = false;
		}

		const phase = () => (result.value ? (result.value.dryRun ? 'dry-run' : 'imported') : 'none');

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			permitted.value = mayImportBoundaries(await loadPermissions(me.value));
			if (permitted.value) {
				layers.value = await api.layers();
			}
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		return () => h('div', { class: 'assessment-page boundaries-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'boundaries-main' }, [
				h(ProblemBox, { problem: problem.value && { ...problem.value, errors: (problem.value.errors || [])
					.filter((error) => !('featureIndex' in error) && !FORM_FIELDS.includes(error.field)) },
					onDismiss: () => { problem.value = null; } }),
				permitted.value === false ? h('p', { id: 'not-permitted' }, t('page.notPermitted')) : null,
				permitted.value ? h('p', { id: 'boundary-summary', 'data-state': phase(),
					'data-accepted': result.value ? String(result.value.accepted) : '' },
				summaryOf(result.value, Boolean(collection.value), t)) : null,
				permitted.value ? h('div', { class: 'boundary-columns' }, [
					h('div', [
						h(ImportForm, { options, layers: layers.value, fieldErrors: fieldErrors.value,
							properties: collection.value ? propertyNames(collection.value) : [], fileName: fileName.value,
							busy: busy.value, dryRunCurrent: dryRunCurrent.value, refused: refusedCount.value,
							onFile: readFile, onChange: change, onDryRun: () => run(true), onImport: () => run(false) }),
						h(OutcomeList, { rows: view.value.rows, fileProblems: view.value.fileProblems,
							selected: selected.value,
							heading: t(result.value && !result.value.dryRun ? 'list.importHeading' : 'list.heading'),
							done: Boolean(result.value && !result.value.dryRun && result.value.accepted),
							onSelect: (index) => { selected.value = index; } }),
						result.value && result.value.accepted ? h(LayerChanges, { succession: result.value.succession,
							moves: result.value.moves || [], done: !result.value.dryRun }) : null,
					]),
					h(OutcomeMap, { collection: collection.value, crs: options.crs, rows: view.value.rows,
						selected: selected.value, onSelect: (index) => { selected.value = index; } }),
				]) : null,
				permitted.value ? h(MembersPanel, { layers: layers.value, guard }) : null,
			]),
		]);
	},
};
