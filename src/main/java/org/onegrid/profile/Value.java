package org.onegrid.profile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML value with the file and line it was written at: a scalar's text, a list of values, a map of values (in
 * the file's order), or nothing. Read through SnakeYAML's node API, which keeps every node's place; aliases and
 * custom tags are refused, so that a bundle is plain data.
 */
record Value(String file, int line, Object raw) {

	static Value parse(String file, String text, Problems problems) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(0);
		options.setAllowDuplicateKeys(true);
		try {
			Node root = new Yaml(options).compose(new StringReader(text));
			return root == null ? new Value(file, 1, null) : of(file, root, problems);
		}
		catch (MarkedYAMLException e) {
			int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
			problems.error(file, line, "YAML_SYNTAX", "不是有效的 YAML / not valid YAML: " + e.getProblem());
		}
		catch (YAMLException e) {
			problems.error(file, 0, "YAML_SYNTAX", "不是有效的 YAML / not valid YAML: " + e.getMessage());
		}
		return new Value(file, 0, null);
	}

	private static Value of(String file, Node node, Problems problems) {
		int line = node.getStartMark().getLine() + 1;
		if (node instanceof ScalarNode scalar) {
			return new Value(file, line, scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue());
		}
		if (node instanceof SequenceNode sequence) {
			List<Value> items = new ArrayList<>();
			sequence.getValue().forEach(item -> items.add(of(file, item, problems)));
			return new Value(file, line, items);
		}
		Map<String, Value> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : ((MappingNode) node).getValue()) {
			Value key = of(file, tuple.getKeyNode(), problems);
			if (!(key.raw() instanceof String name)) {
				problems.error(key, "KEY_NOT_TEXT", "a key must be plain text");
				continue;
			}
			if (entries.containsKey(name)) {
				problems.error(key, "DUPLICATE_KEY", "'" + name + "' is given twice in the same map");
				continue;
			}
			entries.put(name, of(file, tuple.getValueNode(), problems));
		}
		return new Value(file, line, entries);
	}

	boolean isNull() {
		return raw == null;
	}

	@SuppressWarnings("unchecked")
	List<Value> items() {
		return raw instanceof List<?> list ? (List<Value>) list : List.of();
	}

	@SuppressWarnings("unchecked")
	Map<String, Value> entries() {
		return raw instanceof Map<?, ?> map ? (Map<String, Value>) map : Map.of();
	}

	String text() {
		return raw instanceof String s ? s : null;
	}
}
