package org.onegrid.catalogue.internal;

import java.util.List;

import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.AreaClassRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored area classes of grids.
 */
@Repository
public class AreaClassRules {

	private final JdbcClient jdbc;

	AreaClassRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AreaClassRule> all() {
		return jdbc.sql("SELECT layer_code, grid_code, area_class FROM area_class_rule ORDER BY layer_code, grid_code")
			.query((rs, row) -> new AreaClassRule(rs.getString(1), rs.getString(2), AreaClass.valueOf(rs.getString(3))))
			.list();
	}

	public void save(AreaClassRule rule) {
		jdbc.sql("INSERT INTO area_class_rule (layer_code, grid_code, area_class) VALUES (?, ?, ?) "
				+ "ON CONFLICT (layer_code, grid_code) DO UPDATE SET area_class = excluded.area_class")
			.params(rule.layerCode(), rule.gridCode(), rule.areaClass().name())
			.update();
	}

	public boolean delete(String layerCode, String gridCode) {
		return jdbc.sql("DELETE FROM area_class_rule WHERE layer_code = ? AND grid_code = ?")
			.params(layerCode, gridCode)
			.update() > 0;
	}
}
