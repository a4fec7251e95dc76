package org.onegrid.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Grids.GridEntry;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.Members;
import org.springframework.stereotype.Service;

/**
 * Finds the district's places by name, across every layer's grids and members: every word typed must be in the name
 * (or the whole text is the code). Names that begin with the text come first, then the shortest, so a name typed in
 * full comes first of all; a grid comes before a member of the same name.
 */
@Service
public class PlaceSearch {

	private final Grids grids;

	private final Members members;

	private final Layers layers;

	PlaceSearch(Grids grids, Members members, Layers layers) {
		this.grids = grids;
		this.members = members;
		this.layers = layers;
	}

	/** At most {@code limit} places for the text, the best first; the text is not blank. */
	public List<Place> find(String text, int limit) {
		List<String> words = Arrays.asList(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
		Map<String, String> layerNames = new HashMap<>();
		layers.all().forEach(layer -> layerNames.put(layer.code(), layer.name()));
		Map<String, Map<String, GridEntry>> entries = new HashMap<>();
		List<Place> found = new ArrayList<>();
		for (Grids.Found hit : grids.search(words, limit)) {
			found.add(place(Place.Kind.GRID, hit.layer(), layerNames, hit.grid().code(), hit.grid().name(), null,
					hit.grid().code(), within(entries, hit.layer(), hit.grid().parentCode()), hit.grid().geometry()));
		}
		for (GridMember member : members.search(words, limit)) {
			found.add(place(Place.Kind.MEMBER, member.layer(), layerNames, member.code(), member.name(),
					member.kind(), member.grid(), within(entries, member.layer(), member.grid()), member.shape()));
		}
		String whole = String.join(" ", words);
		found.sort(Comparator.comparing((Place place) -> !place.name().toLowerCase(Locale.ROOT).startsWith(whole))
			.thenComparing(place -> place.name().length())
			.thenComparing(Place::name)
			.thenComparing(Place::kind));
		return List.copyOf(found.subList(0, Math.min(limit, found.size())));
	}

	private static Place place(Place.Kind kind, String layer, Map<String, String> layerNames, String code, String name,
			String memberKind, String grid, List<String> within, Geometry shape) {
		Point inside = shape.getInteriorPoint();
		return new Place(kind, layer, layerNames.getOrDefault(layer, layer), code, name, memberKind, grid, within,
				inside.getX(), inside.getY());
	}

	/** The names of the grid {@code code} and its ancestors, nearest first; empty for no grid. */
	private List<String> within(Map<String, Map<String, GridEntry>> entries, String layer, String code) {
		Map<String, GridEntry> ofLayer = entries.computeIfAbsent(layer, this::entriesOf);
		List<String> names = new ArrayList<>();
		GridEntry entry = code == null ? null : ofLayer.get(code);
		while (entry != null && names.size() < 32) {
			names.add(entry.name());
			entry = entry.parentCode() == null ? null : ofLayer.get(entry.parentCode());
		}
		return List.copyOf(names);
	}

	private Map<String, GridEntry> entriesOf(String layer) {
		Map<String, GridEntry> byCode = new HashMap<>();
		grids.entriesOf(layer).forEach(entry -> byCode.put(entry.code(), entry));
		return byCode;
	}
}
