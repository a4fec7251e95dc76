package org.onegrid.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.onegrid.geo.Crs;

/**
 * The administrative units of one district, read from a headerless adcode CSV (columns as in {@code adcode.ddl}:
 * 1 code, 2 parent, 3 name, 4 level, 13 longitude, 14 latitude in GCJ-02).
 * <p>
 * Promises: rows keep file order; every centre is converted to WGS-84; a row with an empty longitude or latitude
 * gets a {@code null} centre instead of failing, because the upstream table leaves most communities without one.
 */
final class AdcodeTable {

	private final List<AdminUnit> units;

	private AdcodeTable(List<AdminUnit> units) {
		this.units = List.copyOf(units);
	}

	static AdcodeTable read(InputStream csv) {
		List<AdminUnit> units = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					units.add(parse(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the adcode table", ex);
		}
		return new AdcodeTable(units);
	}

	private static AdminUnit parse(String line) {
		String[] f = line.split(",", -1);
		if (f.length < 14 || !f[0].matches("\\d{12}")) {
			throw new IllegalStateException("Not an adcode row: " + line);
		}
		Coordinate centre = null;
		if (!f[12].isBlank() && !f[13].isBlank()) {
			double[] wgs = Crs.GCJ02.toWgs84(Double.parseDouble(f[12]), Double.parseDouble(f[13]));
			centre = new Coordinate(wgs[0], wgs[1]);
		}
		return new AdminUnit(f[0], f[1], f[2], f[3], centre);
	}

	AdminUnit county() {
		return units.stream().filter(u -> u.level().equals("county")).findFirst()
			.orElseThrow(() -> new IllegalStateException("The table has no county row"));
	}

	List<AdminUnit> towns() {
		return units.stream().filter(u -> u.level().equals("town")).toList();
	}

	List<AdminUnit> communitiesOf(String townCode) {
		return units.stream().filter(u -> u.level().equals("village") && u.parentCode().equals(townCode)).toList();
	}

	AdminUnit townNamed(String name) {
		return towns().stream().filter(t -> t.name().equals(name)).findFirst()
			.orElseThrow(() -> new IllegalStateException("The table has no town named " + name));
	}
}
