package org.onegrid.grid;

import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.LayerVersions;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.stereotype.Service;

/**
 * The versions of a layer's grids: which imports made them, what each import changed and moved, and the grids of
 * every version, so that a boundary change can be looked back on and an earlier boundary exported.
 */
@Service
public class LayerHistory {

	private final GridLayers layers;

	private final LayerVersions versions;

	private final Grids grids;

	LayerHistory(GridLayers layers, LayerVersions versions, Grids grids) {
		this.layers = layers;
		this.versions = versions;
		this.grids = grids;
	}

	/** The layer's versions, the newest (the current one) first. */
	public List<LayerVersion> versions(String layerCode) {
		layers.get(layerCode);
		return versions.of(layerCode);
	}

	/**
	 * One version, with the succession from the version it replaced and what followed the grids; both are null for
	 * versions made before they were kept.
	 */
	public VersionChanges changes(String layerCode, long version) {
		LayerVersion found = find(layerCode, version);
		LayerFollowing.Changes changes = LayerFollowing.Changes.parse(versions.changes(layerCode, version));
		return new VersionChanges(found, changes.succession(), changes.moves());
	}

	List<StoredGrid> grids(String layerCode, long version) {
		LayerVersion found = find(layerCode, version);
		return found.current() ? grids.ofLayer(layerCode) : versions.archived(layerCode, version);
	}

	private LayerVersion find(String layerCode, long version) {
		layers.get(layerCode);
		return versions.find(layerCode, version)
			.orElseThrow(() -> ApiProblem.notFound("Layer version", layerCode + "@" + version));
	}

	/** A version of a layer and what the import that made it changed. */
	public record VersionChanges(LayerVersion version, LayerSuccession succession, List<LayerMove> moves) {
	}
}
