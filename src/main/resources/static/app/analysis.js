import { api } from './api.js';
import { el } from './dom.js';
import { guarded, showError } from './errors.js';
import { area, percent, t } from './messages.js';

/**
 * Coverage of one layer (多格合一): gaps, sibling overlaps and spills, listed with their areas and highlighted on
 * the map in red, orange and purple.
 */
export function runCoverage(layerCode, gridMap) {
	return guarded(async () => {
		const result = document.getElementById('coverage-result');
		result.dataset.state = 'loading';
		try {
			const report = await api.coverage(layerCode);
			const pieces = [
				...report.gaps.map((gap) => ({ kind: 'gap', geometry: gap.geometry, areaM2: gap.areaM2,
					label: t('coverage.gap', gap.parentName, gap.parent, area(gap.areaM2), percent(gap.share)) })),
				...report.overlaps.map((overlap) => ({ kind: 'overlap', geometry: overlap.geometry, areaM2: overlap.areaM2,
					label: t('coverage.overlap', overlap.grids[0], overlap.grids[1], area(overlap.areaM2)) })),
				...report.spills.map((spill) => ({ kind: 'spill', geometry: spill.geometry, areaM2: spill.areaM2,
					label: t('coverage.spill', spill.grid, spill.parent, area(spill.areaM2), percent(spill.share)) })),
			];
			gridMap.showAnalysis(pieces);
			if (!pieces.length) {
				result.replaceChildren(el('p', { id: 'coverage-full', className: 'notice ok' }, t('coverage.full')));
				return;
			}
			result.replaceChildren(
				section('gaps', t('coverage.gaps', report.gaps.length), pieces.filter((p) => p.kind === 'gap'), gridMap),
				section('overlaps', t('coverage.overlaps', report.overlaps.length), pieces.filter((p) => p.kind === 'overlap'), gridMap),
				section('spills', t('coverage.spills', report.spills.length), pieces.filter((p) => p.kind === 'spill'), gridMap));
		}
		finally {
			result.dataset.state = 'done';
		}
	});
}

function section(name, heading, pieces, gridMap) {
	return el('div', { className: `coverage-section ${name}` },
		el('h4', {}, heading),
		el('ul', { id: `coverage-${name}`, className: 'pieces' },
			...pieces.map((piece) => el('li', { className: `${piece.kind}-item piece`, dataset: { areaM2: String(piece.areaM2) },
				onclick: () => gridMap.zoomTo(piece.geometry) },
			el('span', { className: `swatch ${piece.kind}` }), piece.label))));
}

/**
 * How one layer's grids fall into another's: split and aligned counts and a table of the split grids; clicking a
 * row outlines the grid on the map.
 */
export function runCorrespondence(layerCode, otherCode, gridMap) {
	if (layerCode === otherCode) {
		showError({ problem: { title: t('corr.sameLayer'), detail: '', errors: [] } });
		return Promise.resolve();
	}
	return guarded(async () => {
		const result = document.getElementById('corr-result');
		result.dataset.state = 'loading';
		try {
			const report = await api.correspondence(layerCode, otherCode);
			const split = report.grids.filter((grid) => grid.split);
			result.replaceChildren(
				el('p', { className: 'counts' },
					el('span', { id: 'corr-split-count', className: 'badge split' }, t('corr.split', report.splitCount)), ' ',
					el('span', { id: 'corr-aligned-count', className: 'badge aligned' }, t('corr.aligned', report.alignedCount))),
				split.length ? splitTable(layerCode, split, gridMap) : el('p', { id: 'corr-none', className: 'notice ok' }, t('corr.noSplit')));
		}
		finally {
			result.dataset.state = 'done';
		}
	});
}

function splitTable(layerCode, grids, gridMap) {
	const rows = grids.map((grid) => el('tr', { className: 'corr-row', dataset: { code: grid.code },
		onclick: (event) => {
			event.currentTarget.parentElement.querySelectorAll('tr').forEach((row) => row.classList.remove('selected'));
			event.currentTarget.classList.add('selected');
			guarded(async () => gridMap.showGrid(await api.grid(layerCode, grid.code)));
		} },
	el('td', {}, grid.name, el('br'), el('code', { className: 'muted' }, grid.code)),
	el('td', { className: 'number' }, area(grid.areaM2)),
	el('td', {}, ...grid.counterparts.map((c) => el('div', {}, `${c.name} `, el('strong', {}, percent(c.share))))),
	el('td', { className: 'number' }, percent(grid.uncoveredShare))));
	return el('table', { id: 'corr-table' },
		el('thead', {}, el('tr', {}, ...['corr.col.grid', 'corr.col.area', 'corr.col.counterparts', 'corr.col.uncovered']
			.map((key) => el('th', {}, t(key))))),
		el('tbody', {}, ...rows));
}
