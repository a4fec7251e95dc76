package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;

/**
 * Small organisations and grid layers for the people and field-work tests. Each test class passes its own layer
 * code and origin, so that classes sharing the database never meet.
 * <p>
 * A layer is one street {@code S} of 0.02° × 0.02° with two communities side by side, {@code C1} (west) and
 * {@code C2} (east); {@code C1} holds micro-grids {@code M1A} (south) and {@code M1B} (north), {@code C2} holds
 * {@code M2A}.
 */
public final class PeopleFixtures {

	private final TestApi api;

	public PeopleFixtures(TestApi api) {
		this.api = api;
	}

	/** Imports the street layer with its south-west corner at {@code (x, y)}. */
	public void layer(String code, double x, double y) {
		String definition = "{\"code\":\"" + code + "\",\"name\":\"Test layer " + code + "\",\"kind\":\"ops\","
				+ "\"levelNames\":[\"街道\",\"社区\",\"微网格\"],\"codeRule\":\"FREE\"}";
		assertThat(api.post("/api/v1/layers", definition).status()).isEqualTo(201);
		String collection = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",",
				feature("S", "测试街道", null, "街道", box(x, y, x + 0.02, y + 0.02)),
				feature("C1", "西社区", "S", "社区", box(x, y, x + 0.01, y + 0.02)),
				feature("C2", "东社区", "S", "社区", box(x + 0.01, y, x + 0.02, y + 0.02)),
				feature("M1A", "西南微网格", "C1", "微网格", box(x, y, x + 0.01, y + 0.01)),
				feature("M1B", "西北微网格", "C1", "微网格", box(x, y + 0.01, x + 0.01, y + 0.02)),
				feature("M2A", "东微网格", "C2", "微网格", box(x + 0.01, y, x + 0.02, y + 0.02))) + "]}";
		Response imported = api.post("/api/v1/layers/" + code + "/import?codeProperty=code", collection);
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
	}

	/** Creates a unit and returns its code. */
	public String unit(String code, String kind, String parent) {
		String body = "{\"name\":\"单元 " + code + "\",\"kind\":\"" + kind + "\""
				+ (parent == null ? "" : ",\"parentCode\":\"" + parent + "\"") + "}";
		Response response = api.put("/api/v1/units/" + code, body);
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
		return code;
	}

	/** Creates a person and returns the id. */
	public long person(String name, String unit, String department, String... roles) {
		List<String> quoted = new ArrayList<>();
		for (String role : roles) {
			quoted.add("\"" + role + "\"");
		}
		String body = "{\"name\":\"" + name + "\",\"phone\":\"13800000000\",\"unitCode\":\"" + unit + "\""
				+ (department == null ? "" : ",\"departmentCode\":\"" + department + "\"") + ",\"roles\":["
				+ String.join(",", quoted) + "]}";
		Response response = api.post("/api/v1/people", body);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().path("id").asLong();
	}

	/** Puts the person on the grid's team in the role. */
	public void assign(String layer, String grid, long person, String role) {
		Response response = api.post("/api/v1/teams/" + layer + "/" + grid + "/members",
				"{\"personId\":" + person + ",\"role\":\"" + role + "\"}");
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
	}

	/** The fields named in a problem's errors, in order. */
	public static List<String> fields(Response response) {
		assertThat(response.contentType()).contains("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}

	static String box(double minX, double minY, double maxX, double maxY) {
		return String.format(Locale.ROOT,
				"{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}", minX, minY, maxX,
				minY, maxX, maxY, minX, maxY, minX, minY);
	}

	private static String feature(String code, String name, String parent, String level, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"parent\":"
				+ (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\"" + level + "\"},\"geometry\":"
				+ geometry + "}";
	}
}
