package org.onegrid.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Grids.GridEntry;
import org.onegrid.grid.internal.Layers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The district's grid layers and their grids: define and remove layers, list grids and browse them as a tree.
 */
@Service
public class GridLayers {

	private final Layers layers;

	private final Grids grids;

	private final GridLocator locator;

	private final ApplicationEventPublisher events;

	private final Districts districts;

	private final TransactionTemplate transactions;

	GridLayers(Layers layers, Grids grids, GridLocator locator, ApplicationEventPublisher events, Districts districts,
			TransactionTemplate transactions) {
		this.districts = districts;
		this.transactions = transactions;
		this.layers = layers;
		this.grids = grids;
		this.locator = locator;
		this.events = events;
	}

	public List<GridLayer> list() {
		return layers.all();
	}

	/** @throws ApiProblem 404 when there is no such layer */
	public GridLayer get(String code) {
		return layers.find(code).orElseThrow(() -> ApiProblem.notFound("Layer", code));
	}

	public boolean exists(String code) {
		return layers.find(code).isPresent();
	}

	/** Creates the layer or updates its description (its grids stay); returns whether it was created. */
	public boolean define(LayerDefinition definition) {
		boolean created = layers.save(definition);
		locator.refresh();
		return created;
	}

	/**
	 * Removes the layer and all its grids.
	 * @throws ApiProblem 404 when there is no such layer, 409 while a district is the territory of one of its grids
	 */
	public void delete(String code) {
		transactions.executeWithoutResult(status -> {
			List<District> holding = districts.lockAndFindOn(code);
			if (!holding.isEmpty()) {
				throw new ApiProblem(HttpStatus.CONFLICT, "layer-holds-districts", "layer '" + code + "' holds "
						+ "district " + holding.stream().map(d -> "'" + d.code() + "' (" + d.name() + ")")
							.collect(Collectors.joining(", "))
						+ "; describe the district on a grid of another layer or remove it first");
			}
			if (!layers.delete(code)) {
				throw ApiProblem.notFound("Layer", code);
			}
			events.publishEvent(new GridLayerChanged(code, 0));
		});
		locator.refresh();
	}

	/**
	 * The layer's grids without geometry, optionally only one level (by name or number) or the children of one
	 * parent.
	 */
	public List<GridSummary> grids(String layerCode, String levelName, String parentCode) {
		GridLayer layer = get(layerCode);
		Integer level = levelName == null || levelName.isBlank() ? null : layer.levelOf(levelName, "level");
		List<GridSummary> result = new ArrayList<>();
		for (GridEntry grid : grids.entriesOf(layerCode)) {
			if ((level == null || grid.level() == level)
					&& (parentCode == null || parentCode.equals(grid.parentCode()))) {
				result.add(summary(layer, grid));
			}
		}
		return result;
	}

	/**
	 * One grid of the layer without its geometry, looked up by its code alone; empty when the layer has no such
	 * grid.
	 * @throws ApiProblem 404 when there is no such layer
	 */
	public Optional<GridSummary> grid(String layerCode, String gridCode) {
		GridLayer layer = get(layerCode);
		return grids.entry(layerCode, gridCode).map(grid -> summary(layer, grid));
	}

	/** The layer as nested nodes from its roots down, without geometry. */
	public List<GridNode> tree(String layerCode) {
		GridLayer layer = get(layerCode);
		Map<String, GridNode> nodes = new LinkedHashMap<>();
		List<GridEntry> all = grids.entriesOf(layerCode);
		for (GridEntry grid : all) {
			nodes.put(grid.code(), new GridNode(summary(layer, grid), new ArrayList<>()));
		}
		List<GridNode> roots = new ArrayList<>();
		for (GridEntry grid : all) {
			GridNode parent = grid.parentCode() == null ? null : nodes.get(grid.parentCode());
			(parent == null ? roots : parent.children()).add(nodes.get(grid.code()));
		}
		return roots;
	}

	private static GridSummary summary(GridLayer layer, GridEntry grid) {
		return new GridSummary(layer.code(), grid.code(), grid.name(), grid.level(), layer.levelName(grid.level()),
				grid.parentCode(), Math.round(grid.areaM2() * 10) / 10.0, grid.generated());
	}

	/** A grid and its children. */
	public record GridNode(GridSummary grid, List<GridNode> children) {
	}
}
