package org.onegrid.grid;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.internal.GridImportValidation;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports a layer's grids from a GeoJSON FeatureCollection, all or nothing, or tells what such an import would do.
 * <p>
 * Every feature is checked first; if any check fails the import is refused with the complete list of
 * {@link ImportProblem}s and nothing is written. In repair mode an invalid polygon is repaired instead of refused,
 * and each repair is reported. An accepted file replaces the layer's grids in one transaction, and the point-location
 * index serves the new grids as soon as the call returns. The replaced grids are kept as the layer's earlier version;
 * what named a grid whose code is gone (team members, units, rules) follows it to its successor in the same
 * transaction, and the result lists every such move. A dry run makes the same checks and repairs, lists the moves
 * it would make, and writes nothing.
 */
@Service
public class GridImport {

	private final Layers layers;

	private final Grids grids;

	private final TransactionTemplate transactions;

	private final GridLocator locator;

	private final ApplicationEventPublisher events;

	private final LayerFollowing following;

	private final DistrictsApart districtsApart;

	GridImport(Layers layers, Grids grids, TransactionTemplate transactions, GridLocator locator,
			ApplicationEventPublisher events, LayerFollowing following, DistrictsApart districtsApart) {
		this.districtsApart = districtsApart;
		this.layers = layers;
		this.grids = grids;
		this.transactions = transactions;
		this.locator = locator;
		this.events = events;
		this.following = following;
	}

	/**
	 * Replaces the grids of {@code layerCode} with the features of {@code featureCollection}.
	 * @throws ApiProblem 404 when the layer does not exist, 422 with every problem (and the repairs, under
	 * {@code repairs}) when the file is refused, and 422 when under its boundaries two districts would overlap or a
	 * district would have no grid
	 */
	public ImportResult importLayer(String layerCode, JsonNode featureCollection, ImportMapping mapping) {
		GridLayer layer = layers.find(layerCode).orElseThrow(() -> ApiProblem.notFound("Layer", layerCode));
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportRepair> repairs = new ArrayList<>();
		List<StoredGrid> accepted = new GridImportValidation(layer, mapping).validate(featureCollection, problems,
				repairs);
		if (!problems.isEmpty()) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", problems.size()
					+ " problem(s) found; nothing was imported", problems).with("repairs", repairs);
		}
		ImportResult result = transactions.execute(status -> {
			layers.changeBoundaries();
			GridLayer locked = layers.lock(layerCode).orElseThrow(() -> ApiProblem.notFound("Layer", layerCode));
			LayerFollowing.Prepared prepared = following.prepare(locked, accepted);
			List<ImportProblem> apart = districtsApart.lockAndCheck(layerCode, accepted, prepared.succession());
			if (!apart.isEmpty()) {
				throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", apart.size()
						+ " problem(s) found; nothing was imported", apart);
			}
			grids.replace(layerCode, accepted);
			long version = layers.replaced(layerCode, accepted.size());
			LayerFollowing.Changes changes = following.apply(prepared, version);
			events.publishEvent(new GridLayerChanged(layerCode, version));
			return new ImportResult(layerCode, version, accepted.size(), false, true, List.of(), List.copyOf(repairs),
					changes.succession(), changes.moves());
		});
		locator.refresh();
		return result;
	}

	/**
	 * What {@link #importLayer} would do with the file, feature by feature, without changing anything: the problems
	 * that would refuse it and the repairs that would be made.
	 * @throws ApiProblem 404 when the layer does not exist
	 */
	public ImportResult dryRun(String layerCode, JsonNode featureCollection, ImportMapping mapping) {
		GridLayer layer = layers.find(layerCode).orElseThrow(() -> ApiProblem.notFound("Layer", layerCode));
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportRepair> repairs = new ArrayList<>();
		List<StoredGrid> accepted = new GridImportValidation(layer, mapping).validate(featureCollection, problems,
				repairs);
		LayerFollowing.Changes changes = new LayerFollowing.Changes(null, List.of());
		if (problems.isEmpty()) {
			changes = following.preview(layer, accepted);
			problems.addAll(districtsApart.check(layerCode, accepted, changes.succession()));
		}
		boolean wouldImport = problems.isEmpty();
		if (!wouldImport) {
			changes = new LayerFollowing.Changes(null, List.of());
		}
		return new ImportResult(layerCode, layer.version(), wouldImport ? accepted.size() : 0, true, wouldImport,
				List.copyOf(problems), List.copyOf(repairs), changes.succession(), changes.moves());
	}

	/**
	 * What importing the file into a layer so defined would do, whether or not the layer is stored yet (a district
	 * profile checks its grids before it creates their layer): the problems that would refuse it and the repairs
	 * that would be made. Writes nothing.
	 */
	public ImportResult dryRun(LayerDefinition definition, JsonNode featureCollection, ImportMapping mapping) {
		GridLayer layer = new GridLayer(definition.code(), definition.name(), definition.kind(),
				definition.levelNames(), definition.codeRule(), definition.sequenceDigits(), definition.generated(),
				definition.source(), 0, 0, null);
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportRepair> repairs = new ArrayList<>();
		List<StoredGrid> accepted = new GridImportValidation(layer, mapping).validate(featureCollection, problems,
				repairs);
		boolean wouldImport = problems.isEmpty();
		return new ImportResult(definition.code(), 0, wouldImport ? accepted.size() : 0, true, wouldImport,
				List.copyOf(problems), List.copyOf(repairs), null, List.of());
	}
}
