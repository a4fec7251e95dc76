package org.onegrid.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds request bodies from the application's OpenAPI schemas: one plausible body per operation, and the bad
 * variants of it that a careless or hostile client might send.
 */
final class FuzzValues {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	static final String HUGE = "x".repeat(200_000);

	static final List<String> BAD_PARAMETERS = List.of("%00", "a%00b", "x".repeat(5000), "-1", "0",
			"99999999999999999999", "NaN", "1e400", "-999999999-01-01T00:00:00Z", "%2B999999999-12-31",
			"%2B999999999-12-31T23:59:59Z", "1999-12-31", "%E2%80%AE", "%25", "null", "x", "true", "1.5", "", "%20");

	static final List<String> MALFORMED = List.of("{", "[", "null", "1", "\"x\"", "{\"a\":", "[]", "{}", "[null]",
			"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":null,"
					+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,\"a\"],[null],[1e400,1]]]}}]}",
			"{\"type\":\"FeatureCollection\",\"features\":[null,{\"type\":\"Feature\",\"properties\":{\"\":null},"
					+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0,0],[1,0],[1,1],[0,0]]]}}]}",
			"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"},"
					+ "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,1],[1,0],[0,1],[0,0]]]]}}]}",
			"{\"type\":\"FeatureCollection\",\"features\":{}}",
			"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"co\\u0000de\":\"A\"},"
					+ "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1e308,-1e308,1]}}]}", "{\"type\":\"Feature\",\"geometry\":null}",
			"[".repeat(2000) + "]".repeat(2000));

	private final JsonNode schemas;

	FuzzValues(JsonNode openApi) {
		this.schemas = openApi.path("components").path("schemas");
	}

	/** A plausible value for the schema. */
	JsonNode sample(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		String type = resolved.path("type").asString("");
		String format = resolved.path("format").asString("");
		if (resolved.has("enum")) {
			return resolved.path("enum").get(0);
		}
		if (depth > 4) {
			return NODES.nullNode();
		}
		return switch (type) {
			case "string" -> NODES.stringNode(switch (format) {
				case "date" -> "2026-03-05";
				case "date-time" -> "2026-03-05T08:00:00Z";
				default -> "x";
			});
			case "integer" -> NODES.numberNode(1);
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> NODES.arrayNode().add(sample(resolved.path("items"), depth + 1));
			default -> object(resolved, depth);
		};
	}

	private JsonNode object(JsonNode schema, int depth) {
		ObjectNode object = NODES.objectNode();
		for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").properties().iterator(); it
			.hasNext();) {
			Map.Entry<String, JsonNode> property = it.next();
			object.set(property.getKey(), sample(property.getValue(), depth + 1));
		}
		if (schema.path("additionalProperties").isObject()) {
			object.set("key", sample(schema.path("additionalProperties"), depth + 1));
		}
		return object;
	}

	/** The bad variants of a body: each property made bad in every way that fits its type. */
	List<String> variants(JsonNode schema) {
		JsonNode sample = sample(schema, 0);
		List<String> variants = new ArrayList<>();
		badValues(resolve(schema), sample).forEach(bad -> variants.add(bad.toString()));
		if (sample instanceof ObjectNode object) {
			JsonNode properties = resolve(schema).path("properties");
			for (String name : object.propertyNames()) {
				JsonNode propertySchema = resolve(properties.path(name));
				for (JsonNode bad : badValues(propertySchema, object.get(name))) {
					variants.add(object.deepCopy().set(name, bad).toString());
				}
				variants.add(object.deepCopy().without(name).toString());
				if (object.get(name) instanceof ArrayNode list && list.size() > 0 && list.get(0).isObject()) {
					JsonNode itemSchema = resolve(propertySchema.path("items"));
					ObjectNode item = (ObjectNode) list.get(0);
					for (String inner : item.propertyNames()) {
						for (JsonNode bad : badValues(resolve(itemSchema.path("properties").path(inner)),
								item.get(inner))) {
							ObjectNode copy = object.deepCopy();
							((ObjectNode) copy.get(name).get(0)).set(inner, bad);
							variants.add(copy.toString());
						}
					}
				}
			}
		}
		return variants;
	}

	private List<JsonNode> badValues(JsonNode schema, JsonNode sample) {
		List<JsonNode> bad = new ArrayList<>();
		bad.add(NODES.nullNode());
		String format = schema.path("format").asString("");
		if (sample == null) {
			return bad;
		}
		if (sample.isString()) {
			bad.add(NODES.stringNode("a\u0000b"));
			bad.add(NODES.stringNode(HUGE));
			bad.add(NODES.stringNode(" "));
			bad.add(NODES.objectNode().put("a", 1));
			if (format.startsWith("date")) {
				bad.add(NODES.stringNode(format.equals("date") ? "+999999999-12-31" : "+999999999-12-31T23:59:59Z"));
				bad.add(NODES.stringNode(format.equals("date") ? "-999999999-01-01" : "-999999999-01-01T00:00:00Z"));
			}
		}
		else if (sample.isNumber()) {
			bad.add(NODES.stringNode("x"));
			bad.add(NODES.numberNode(Long.MAX_VALUE));
			bad.add(NODES.numberNode(Long.MIN_VALUE));
			bad.add(NODES.numberNode(1e308));
			bad.add(NODES.numberNode(-1e308));
			bad.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")));
		}
		else if (sample.isArray()) {
			bad.add(NODES.arrayNode().addNull());
			bad.add(NODES.arrayNode());
			bad.add(NODES.stringNode("x"));
			if (sample.size() > 0) {
				bad.add(NODES.arrayNode().add(sample.get(0)).addNull());
			}
		}
		else if (sample.isObject()) {
			bad.add(NODES.arrayNode().add(1));
			bad.add(sample.deepCopy() instanceof ObjectNode copy ? copy.put("k\u0000ey", "v") : sample);
			bad.add(NODES.objectNode().put("key", "a\u0000b"));
		}
		else if (sample.isBoolean()) {
			bad.add(NODES.stringNode("maybe"));
		}
		return bad;
	}

	JsonNode resolve(JsonNode schema) {
		JsonNode at = schema;
		for (int i = 0; i < 5 && at.has("$ref"); i++) {
			String ref = at.path("$ref").asString();
			at = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (at.has("allOf") && at.path("allOf").size() == 1) {
			return resolve(at.path("allOf").get(0));
		}
		return at;
	}
}
