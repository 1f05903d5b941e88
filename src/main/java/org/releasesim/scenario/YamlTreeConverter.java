package org.releasesim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.releasesim.scenario.YamlNode.Entry;
import org.releasesim.scenario.YamlNode.ScalarKind;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed SnakeYAML node graph into a {@link YamlNode} tree. This is where YAML that is
 * legal but has no place in a scenario or sweep file is refused: tags other than the standard
 * value types, merge keys, non-text keys, duplicate keys (the composer lets them through),
 * self-referencing aliases, and trees that aliases blow up to an unreasonable size.
 */
final class YamlTreeConverter {
  /** Upper bound on values after aliases are expanded; real scenarios have a few hundred. */
  static final int MAX_VALUES = 100_000;

  private static final Map<Tag, ScalarKind> SCALAR_KINDS = Map.of(Tag.STR, ScalarKind.TEXT,
      Tag.TIMESTAMP, ScalarKind.TEXT, Tag.INT, ScalarKind.INTEGER, Tag.FLOAT, ScalarKind.DECIMAL,
      Tag.BOOL, ScalarKind.BOOLEAN, Tag.NULL, ScalarKind.NULL);

  private final Location.Positions locate;
  private final YamlKind kind;
  private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Key path of the value being converted, for error messages (e.g. jurisdictions[0].policy). */
  private final java.util.Deque<String> path = new java.util.ArrayDeque<>();
  private int values;

  /** @param locate turns a position in the text into the location reported for a value there */
  YamlTreeConverter(Location.Positions locate, YamlKind kind) {
    this.locate = locate;
    this.kind = kind;
  }

  YamlNode convert(Node node) {
    Location at = locate.at(node.getStartMark());
    if (++values > MAX_VALUES) {
      throw ScenarioException.at(at, "the document expands to more than " + MAX_VALUES
          + " values (through aliases); a " + kind.noun() + " is far smaller.");
    }
    if (!open.add(node)) {
      throw ScenarioException.at(at, "an alias refers to a value that contains it; values"
          + " cannot contain themselves.");
    }
    try {
      if (node instanceof ScalarNode scalar) {
        return scalar(scalar, at);
      } else if (node instanceof SequenceNode sequence) {
        requireTag(node, Tag.SEQ, at);
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          path.addLast("[" + items.size() + "]");
          items.add(convert(item));
          path.removeLast();
        }
        return new YamlNode.Sequence(items, at);
      }
      requireTag(node, Tag.MAP, at);
      return mapping((MappingNode) node, at);
    } finally {
      open.remove(node);
    }
  }

  private YamlNode.Scalar scalar(ScalarNode node, Location at) {
    ScalarKind kind = SCALAR_KINDS.get(node.getTag());
    if (kind == null) {
      throw badTag(node, at);
    }
    return new YamlNode.Scalar(node.getValue(), kind, at);
  }

  private YamlNode.Mapping mapping(MappingNode node, Location at) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Location keyAt = locate.at(tuple.getKeyNode().getStartMark());
      String key = keyText(tuple.getKeyNode(), keyAt);
      Location first = seen.putIfAbsent(key, keyAt);
      if (first != null) {
        throw ScenarioException.at(keyAt, "duplicate key " + UserText.quote(key)
            + " (already set at line "
            + first.line() + "); each key may appear once in a mapping.");
      }
      path.addLast((path.isEmpty() ? "" : ".") + key);
      entries.add(new Entry(key, keyAt, convert(tuple.getValueNode())));
      path.removeLast();
    }
    return new YamlNode.Mapping(entries, at);
  }

  private String keyText(Node key, Location at) {
    if (Tag.MERGE.equals(key.getTag())) {
      throw ScenarioException.at(at, "merge keys (<<) are not supported; " + kind.mergeAdvice()
          + ".");
    }
    if (!(key instanceof ScalarNode scalar) || SCALAR_KINDS.get(key.getTag()) == null) {
      throw ScenarioException.at(at, "a key must be a plain name such as seed or time;"
          + " lists, mappings and tagged values cannot be keys.");
    }
    return scalar.getValue();
  }

  private void requireTag(Node node, Tag expected, Location at) {
    if (!expected.equals(node.getTag())) {
      throw badTag(node, at);
    }
  }

  private ScenarioException badTag(Node node, Location at) {
    String key = path.isEmpty() ? ""
        : UserText.quote(String.join("", path).replace(".[", "[")) + ": ";
    return ScenarioException.at(at, key + "the tag " + UserText.quote(shortTag(node.getTag()))
        + " is not"
        + " allowed; " + kind.noun() + "s hold plain numbers, text, true/false, lists and"
        + " mappings only.");
  }

  /** A tag as it was written: {@code !!binary} for standard ones, else unchanged. */
  static String shortTag(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }
}
