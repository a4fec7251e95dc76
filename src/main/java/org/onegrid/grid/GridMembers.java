package org.onegrid.grid;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJson;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.Members;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The members of a layer's grids: what a grid is made of besides its child grids, such as the units, residents'
 * committees and road sections of a 片区. A district gives a layer's members as one GeoJSON FeatureCollection, checked
 * field by field and stored all or nothing; reports are then placed on them as they come in.
 */
@Service
public class GridMembers {

	private final Layers layers;

	private final Grids grids;

	private final Members members;

	private final GridLocator locator;

	private final TransactionTemplate transactions;

	private final Clock clock;

	GridMembers(Layers layers, Grids grids, Members members, GridLocator locator, TransactionTemplate transactions,
			Clock clock) {
		this.layers = layers;
		this.grids = grids;
		this.members = members;
		this.locator = locator;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Replaces the members of the layer's grids with the features of {@code collection}, given in {@code crs}. Like a
	 * boundary change, it waits for the reports being stored and keeps new ones waiting until it commits, so that no
	 * case is stored on a member replaced meanwhile, on this instance or another; they wait for the write only, since
	 * the features are checked before, and checked again only if the layer's grids changed in between.
	 * @throws ApiProblem 404 when the layer does not exist, 400 with every problem, field by field
	 */
	public MemberSet replace(String layer, JsonNode collection, Crs crs) {
		GridLayer read = layers.find(layer).orElseThrow(() -> ApiProblem.notFound("Layer", layer));
		List<GridMember> checked = validate(layer, collection, crs);
		MemberSet set = transactions.execute(status -> {
			layers.changeBoundaries();
			GridLayer locked = layers.lock(layer).orElseThrow(() -> ApiProblem.notFound("Layer", layer));
			List<GridMember> valid = locked.version() == read.version() ? checked : validate(layer, collection, crs);
			long version = members.replace(layer, valid, clock.instant());
			Map<String, Integer> kinds = new TreeMap<>();
			valid.forEach(member -> kinds.merge(member.kind(), 1, Integer::sum));
			return new MemberSet(layer, version, valid.size(), kinds);
		});
		locator.refresh();
		return set;
	}

	/** The features checked against the layer's grids as they are now; all of them refused on any problem. */
	private List<GridMember> validate(String layer, JsonNode collection, Crs crs) {
		List<Violation> violations = new ArrayList<>();
		List<GridMember> checked = new MemberValidation(layer, grids.ofLayer(layer), crs).validate(collection,
				violations);
		Fields.failIfAny(violations);
		return checked;
	}

	/**
	 * The member {@code code} of the layer as stored now, seen from the caller's transaction: within a boundary
	 * change it is already bound to the grid that holds it in the new version, or gone when no grid does.
	 */
	public Optional<GridMember> find(String layer, String code) {
		return members.find(layer, code);
	}

	/** The layer's members as a GeoJSON FeatureCollection, in the form {@link #replace} takes. */
	public Map<String, Object> export(String layer) {
		return export(layer, null);
	}

	/** The members of one grid of the layer (every grid's when {@code grid} is null), as {@link #export} gives them. */
	public Map<String, Object> export(String layer, String grid) {
		layers.find(layer).orElseThrow(() -> ApiProblem.notFound("Layer", layer));
		List<Object> features = new ArrayList<>();
		for (GridMember member : grid == null ? members.ofLayer(layer)
				: members.ofGrids(layer, new String[] { grid })) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("code", member.code());
			properties.put("name", member.name());
			properties.put("kind", member.kind());
			properties.put("grid", member.grid());
			if (member.contact() != null) {
				properties.put("contact", member.contact());
			}
			properties.put("coordinated", member.coordinated());
			properties.put("reach", member.reachMetres());
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("properties", properties);
			feature.put("geometry", GeoJson.write(member.shape()));
			features.add(feature);
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	/**
	 * What a replacement stored.
	 *
	 * @param version the version of the layer's members it made
	 * @param kinds how many members of each kind
	 */
	public record MemberSet(String layer, long version, int count, Map<String, Integer> kinds) {
	}
}
