package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.releasesim.scenario.UserText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to one YAML mapping of a sweep file, with errors that name the file, line, key
 * path, the value found and what is allowed, like the scenario reader's. Public so that other
 * files of the experiment layer (the posterior calibration file) read YAML the same way.
 */
public final class YamlFields {
  private final String source;
  private final String path;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  /**
   * @param source the file, as named in messages
   * @param path the key path of this mapping ({@code ""} at the top, {@code factors[1]} below)
   * @param node the node, which must be a mapping
   */
  public YamlFields(String source, String path, Node node) {
    this.source = source;
    this.path = path;
    this.node = node;
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, path.isEmpty() ? "the top level must be a mapping of keys such as"
          + " name:, base:, design: and factors:" : "expected a mapping of keys");
    }
    for (NodeTuple t : mapping.getValue()) {
      String key = scalarText(t.getKeyNode());
      if (entries.put(key, t) != null) {
        throw error(t.getKeyNode(), "key " + UserText.quote(key) + " appears twice; keep one");
      }
    }
  }

  /** Rejects keys other than {@code allowed}, naming them. */
  public void allowOnly(List<String> allowed) {
    for (NodeTuple t : entries.values()) {
      String key = scalarText(t.getKeyNode());
      if (!allowed.contains(key)) {
        throw error(t.getKeyNode(), "unknown key " + qualified(UserText.quote(key))
            + UserText.firstUnusual(key).map(c -> ": it holds " + c + ", and keys are ASCII")
                .orElse("")
            + "; allowed here: " + String.join(", ", allowed));
      }
    }
  }

  /** The entries, in file order, with their key nodes (for maps keyed by user names). */
  public List<NodeTuple> tuples() {
    return List.copyOf(entries.values());
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Optional<Node> node(String key) {
    NodeTuple t = entries.get(key);
    return t == null || isNull(t.getValueNode()) ? Optional.empty()
        : Optional.of(t.getValueNode());
  }

  public Node required(String key, String what) {
    return node(key).orElseThrow(() -> error(node, "missing key " + qualified(key) + ": " + what));
  }

  public String text(String key, String fallback) {
    return node(key).map(n -> scalar(key, n)).orElse(fallback);
  }

  public long whole(String key, long fallback, long min, long max) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      return fallback;
    }
    String text = scalar(key, n.get());
    requireAsciiDigits(key, n.get(), text);
    try {
      long v = Long.parseLong(text.replace("_", ""));
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below, with what is allowed
    }
    throw error(n.get(), qualified(key) + " is '" + UserText.quote(text) + "'; allowed: a whole"
        + " number from " + min + " to " + max);
  }

  public double number(String key, Node n) {
    String text = scalar(key, n);
    requireAsciiDigits(key, n, text);
    try {
      double v = Double.parseDouble(text.replace("_", ""));
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(n, qualified(key) + " is '" + UserText.quote(text) + "'; allowed: a finite"
        + " number");
  }

  public boolean bool(String key, boolean fallback) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      return fallback;
    }
    String text = scalar(key, n.get());
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw error(n.get(), qualified(key) + " is '" + UserText.quote(text) + "'; allowed: true"
        + " or false");
  }

  /** Java reads any script's digits as numbers; a sweep file's numbers are written in 0-9. */
  private void requireAsciiDigits(String key, Node n, String text) {
    UserText.firstNonAsciiDigit(text).ifPresent(digit -> {
      throw error(n, qualified(key) + " is '" + UserText.quote(text) + "', which holds a digit"
          + " that is not ASCII (" + digit + "); write numbers with the digits 0 to 9");
    });
  }

  /** The items of a list value (a single scalar counts as a list of one). */
  public List<Node> list(String key) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof SequenceNode seq) {
      return seq.getValue();
    }
    if (n.get() instanceof ScalarNode) {
      return List.of(n.get());
    }
    throw error(n.get(), qualified(key) + " must be a list, such as [a, b]");
  }

  /** The texts of a list of scalars. */
  public List<String> texts(String key) {
    List<String> result = new ArrayList<>();
    for (Node item : list(key)) {
      result.add(scalar(key, item));
    }
    return result;
  }

  public YamlFields child(String key, Node value) {
    return new YamlFields(source, qualified(key), value);
  }

  public String qualified(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public String where(Node n) {
    return source + ", line " + (n.getStartMark().getLine() + 1) + ", column "
        + (n.getStartMark().getColumn() + 1);
  }

  /** Where this mapping starts, for messages about it as a whole. */
  public String where() {
    return where(node);
  }

  public SweepException error(Node n, String message) {
    return new SweepException(where(n) + ": " + message + ".");
  }

  public String scalar(String key, Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    throw error(n, qualified(key) + " must be a single value, not a "
        + (n instanceof SequenceNode ? "list" : "mapping"));
  }

  private String scalarText(Node key) {
    if (key instanceof ScalarNode s) {
      return s.getValue();
    }
    throw error(key, "keys must be plain names");
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
  }
}
