import { get } from '../api.js';
import { h, inject, ref } from '../vue.js';
import { FINDING_COLOURS } from './canvas.js';

/**
 * Grid merging (多格合一) on the map: a layer's gaps (盲区), sibling overlaps and spills outside the parent, and the
 * grids that another layer splits. Findings are listed with their areas and drawn through `context.draw`; a click
 * on one zooms to it.
 */
export const CoveragePanel = {
	props: { layers: Array, context: Object },
	setup(props) {
		const { t } = inject('i18n');
		const layer = ref('');
		const other = ref('');
		const pieces = ref(null);
		const running = ref(false);

		const area = (m2) => (m2 >= 10000 ? t('area.ha', (m2 / 10000).toFixed(2)) : t('area.m2', Math.round(m2)));
		const percent = (share) => `${(share * 100).toFixed(1)}%`;
		const chosen = () => layer.value || (props.layers[0] && props.layers[0].code);

		async function run(read) {
			running.value = true;
			const ok = await props.context.guard(async () => {
				pieces.value = await read();
				props.context.draw(pieces.value);
			});
			running.value = false;
			return ok;
		}

		const coverage = () => run(async () => {
			const report = await get(`/api/v1/layers/${encodeURIComponent(chosen())}/analysis/coverage`);
			return [
				...report.gaps.map((gap) => ({ kind: 'gap', geometry: gap.geometry, areaM2: gap.areaM2,
					label: t('coverage.gap', gap.parentName, area(gap.areaM2), percent(gap.share)) })),
				...report.overlaps.map((overlap) => ({ kind: 'overlap', geometry: overlap.geometry, areaM2: overlap.areaM2,
					label: t('coverage.overlap', overlap.grids.join(' / '), area(overlap.areaM2)) })),
				...report.spills.map((spill) => ({ kind: 'spill', geometry: spill.geometry, areaM2: spill.areaM2,
					label: t('coverage.spill', spill.grid, spill.parent, area(spill.areaM2), percent(spill.share)) })),
			];
		});

		const correspondence = () => run(async () => {
			const code = chosen();
			const report = await get(`/api/v1/layers/${encodeURIComponent(code)}/analysis/correspondence`, { with: other.value });
			const features = await props.context.features(code);
			return report.grids.filter((entry) => entry.split).map((entry) => {
				const feature = features.find((candidate) => candidate.properties.code === entry.code);
				return { kind: 'split', geometry: feature ? feature.geometry : null, areaM2: entry.areaM2,
					label: t('coverage.split', entry.name, entry.counterparts.map((c) => `${c.name} ${percent(c.share)}`).join(', ')) };
			}).filter((piece) => piece.geometry);
		});

		const select = (id, value, onChange, options, labelKey) => [
			h('label', { for: id }, t(labelKey)),
			h('select', { id, value, onChange: (event) => onChange(event.target.value) }, options),
		];

		return () => h('section', { id: 'coverage-panel', 'aria-labelledby': 'coverage-heading' }, [
			h('h2', { id: 'coverage-heading' }, t('coverage.heading')),
			h('div', { class: 'row-form' }, [
				...select('coverage-layer', chosen(), (value) => { layer.value = value; },
					props.layers.map((candidate) => h('option', { value: candidate.code }, candidate.name)), 'coverage.layer'),
				h('button', { type: 'button', id: 'coverage-run', disabled: running.value, onClick: coverage }, t('coverage.run')),
			]),
			h('div', { class: 'row-form' }, [
				...select('coverage-other', other.value, (value) => { other.value = value; }, [
					h('option', { value: '' }, t('coverage.chooseOther')),
					...props.layers.filter((candidate) => candidate.code !== chosen())
						.map((candidate) => h('option', { value: candidate.code }, candidate.name))], 'coverage.other'),
				h('button', { type: 'button', id: 'correspondence-run', disabled: running.value || !other.value,
					onClick: correspondence }, t('coverage.compare')),
			]),
			pieces.value === null ? null : pieces.value.length === 0
				? h('p', { id: 'coverage-none', class: 'notice' }, t('coverage.none'))
				: h('ul', { id: 'coverage-result', class: 'plain findings' }, pieces.value.map((piece, index) => h('li', {
					class: `finding-item finding-item-${piece.kind}`, 'data-area': String(piece.areaM2) }, [
					h('span', { class: 'dot', style: { background: FINDING_COLOURS[piece.kind] }, 'aria-hidden': 'true' }),
					h('button', { type: 'button', class: 'link', id: `finding-${index}`,
						onClick: () => props.context.zoom(piece.geometry) }, `${t(`coverage.kind.${piece.kind}`)}: ${piece.label}`),
				]))),
		]);
	},
};
