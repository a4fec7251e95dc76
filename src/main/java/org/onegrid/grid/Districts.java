package org.onegrid.grid;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.geo.Crs;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The districts this installation serves, kept as data that an administrator changes. A district is the territory of
 * an existing grid; a place is in a district when it lies in that grid, as the grids are served now, so a district
 * follows its grid's new boundaries without being described again.
 */
@Service
public class Districts {

	/** A district's code: letters, digits, dots, dashes and underscores, as a domain name or a short code. */
	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private final JdbcClient jdbc;

	private final Layers layers;

	private final GridLocator locator;

	private final Grids grids;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Districts(JdbcClient jdbc, Layers layers, GridLocator locator, Grids grids, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.grids = grids;
		this.jdbc = jdbc;
		this.layers = layers;
		this.locator = locator;
		this.clock = clock;
	}

	/** Whether the text is a district's code: 1 to 64 letters, digits, dots, dashes or underscores. */
	public static boolean isCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/** Every district, by code. */
	public List<District> all() {
		return jdbc.sql("SELECT code, name, layer, grid FROM grid_district ORDER BY code")
			.query(District.class).list();
	}

	public Optional<District> find(String code) {
		return jdbc.sql("SELECT code, name, layer, grid FROM grid_district WHERE code = :code").param("code", code)
			.query(District.class).optional();
	}

	/** @throws ApiProblem 404 when there is no such district */
	public District get(String code) {
		return find(code).orElseThrow(() -> ApiProblem.notFound("District", code));
	}

	/**
	 * Describes the district, or describes it anew; refused field by field, changing nothing, when the code is not
	 * one, the name is missing or too long, the grid does not exist, or the grid shares area with another district's
	 * (so that every place lies in at most one district). Districts are described one at a time, so two described at
	 * once cannot both pass that check. Who changed it is in the audit log.
	 *
	 * @return whether the district is new
	 */
	@Transactional
	public boolean put(String code, DistrictRequest request) {
		List<Violation> violations = new ArrayList<>();
		if (!isCode(code)) {
			violations.add(new Violation("code", "PATTERN", "a district's code is 1 to 64 letters, digits, dots, "
					+ "dashes or underscores, beginning with a letter or digit"));
		}
		Fields.text(request.name(), "name", 100, violations);
		Fields.text(request.layer(), "layer", 64, violations);
		Fields.text(request.grid(), "grid", 64, violations);
		if (violations.isEmpty() && layers.find(request.layer()).isEmpty()) {
			violations.add(new Violation("layer", "UNKNOWN", "there is no layer '" + request.layer() + "'"));
		}
		else if (violations.isEmpty() && grids.entry(request.layer(), request.grid()).isEmpty()) {
			violations.add(new Violation("grid", "UNKNOWN", "layer '" + request.layer() + "' has no grid '"
					+ request.grid() + "'"));
		}
		if (violations.isEmpty()) {
			lockDistricts();
			overlaps(code, request).ifPresent(other -> violations.add(new Violation("grid", "OVERLAPS",
					"the grid overlaps district '" + other.code() + "' (" + other.name()
							+ "): a place would lie in two districts")));
		}
		Fields.failIfAny(violations);
		return jdbc.sql("""
				INSERT INTO grid_district (code, name, layer, grid, changed_at)
				VALUES (:code, :name, :layer, :grid, :at)
				ON CONFLICT (code) DO UPDATE SET name = excluded.name, layer = excluded.layer, grid = excluded.grid,
				  changed_at = excluded.changed_at
				RETURNING xmax = 0
				""")
			.param("code", code)
			.param("name", request.name().strip())
			.param("layer", request.layer().strip())
			.param("grid", request.grid().strip())
			.param("at", Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/** Makes the district the territory of another grid of its layer, as its grid's successor after an import. */
	void rebind(String code, String grid) {
		jdbc.sql("UPDATE grid_district SET grid = :grid, changed_at = :at WHERE code = :code")
			.param("grid", grid)
			.param("at", Timestamp.from(clock.instant()))
			.param("code", code)
			.update();
	}

	/** Another district whose grid shares some area with the requested one; districts may only touch at edges. */
	private Optional<District> overlaps(String code, DistrictRequest request) {
		Geometry area = territory(request.layer().strip(), request.grid().strip());
		if (area == null) {
			return Optional.empty();
		}
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
		return all().stream().filter(other -> !other.code().equals(code))
			.filter(other -> shareArea(prepared, territory(other.layer(), other.grid()))).findFirst();
	}

	/** Whether the two territories share some area; meeting along an edge or at a corner is no overlap. */
	static boolean shareArea(PreparedGeometry ours, Geometry theirs) {
		return theirs != null && ours.intersects(theirs) && ours.getGeometry().relate(theirs, "2********");
	}

	/** Makes districts take turns with anything that could make two of them overlap, until the transaction ends. */
	void lockDistricts() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('grid_district'))").query((rs, row) -> 1).list();
	}

	private Geometry territory(String layer, String grid) {
		return grids.find(layer, grid).map(StoredGrid::geometry).orElse(null);
	}

	/**
	 * The districts whose territory is a grid of the layer, holding the districts' lock until the transaction ends, so
	 * that none is described on the layer meanwhile.
	 */
	List<District> lockAndFindOn(String layer) {
		lockDistricts();
		return all().stream().filter(district -> district.layer().equals(layer)).toList();
	}

	/** Stops serving the district; its cases stay. @throws ApiProblem 404 when there is no such district */
	@Transactional
	public void delete(String code) {
		if (jdbc.sql("DELETE FROM grid_district WHERE code = :code").param("code", code).update() == 0) {
			throw ApiProblem.notFound("District", code);
		}
		events.publishEvent(new DistrictRemoved(code));
	}

	/** The district whose grid holds the WGS-84 point, as the grids are served now; empty outside every one. */
	public Optional<District> at(double lon, double lat) {
		List<District> served = all();
		if (served.isEmpty()) {
			return Optional.empty();
		}
		Location located = locator.locate(lon, lat, Crs.WGS84);
		return served.stream().filter(district -> holds(district, located)).findFirst();
	}

	/** Whether the WGS-84 point lies in the district's grid, as the grids are served now. */
	public boolean contains(District district, double lon, double lat) {
		return holds(district, locator.locate(lon, lat, Crs.WGS84));
	}

	private static boolean holds(District district, Location located) {
		return located.layers().stream().filter(path -> path.layer().equals(district.layer()))
			.anyMatch(path -> path.path().stream().anyMatch(grid -> grid.code().equals(district.grid())));
	}
}
