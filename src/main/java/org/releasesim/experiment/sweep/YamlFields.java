package org.releasesim.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.releasesim.scenario.Location;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.UserText;
import org.releasesim.scenario.YamlDocuments;
import org.releasesim.scenario.YamlKind;
import org.releasesim.scenario.YamlNode;
import org.releasesim.scenario.YamlNode.Entry;
import org.releasesim.scenario.YamlNode.Mapping;
import org.releasesim.scenario.YamlNode.Scalar;
import org.releasesim.scenario.YamlNode.ScalarKind;
import org.releasesim.scenario.YamlNode.Sequence;

/**
 * Typed access to one mapping of a sweep file, read by the scenario reader's safe YAML reader
 * ({@link org.releasesim.scenario.YamlDocuments}), which has already refused duplicate keys,
 * tags, merge keys and documents past its limits. Errors name the file, line, key path, the
 * value found and what is allowed, in the scenario reader's form.
 */
public final class YamlFields {
  /**
   * The text of a sweep or calibration file, read by the scenario reader's safe YAML reader with
   * its limits; a refusal comes back as a {@link SweepException} with the same message.
   */
  public static String readText(Path file, YamlKind kind) {
    try {
      return YamlDocuments.text(file, kind);
    } catch (ScenarioException e) {
      throw new SweepException(e.getMessage(), e);
    }
  }

  /**
   * The top-level mapping of sweep or calibration text that came from {@code file}, parsed by the
   * shared reader; a refusal comes back as a {@link SweepException} with the same message.
   */
  public static YamlFields parseTop(String text, Path file, YamlKind kind) {
    try {
      return new YamlFields("", YamlDocuments.parse(text, file.toString(), kind));
    } catch (ScenarioException e) {
      throw new SweepException(e.getMessage(), e);
    }
  }

  private final String path;
  private final YamlNode node;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /**
   * @param path the key path of this mapping ({@code ""} at the top, {@code factors[1]} below)
   * @param node the node, which must be a mapping
   */
  public YamlFields(String path, YamlNode node) {
    this.path = path;
    this.node = node;
    if (!(node instanceof Mapping mapping)) {
      throw error(node, (path.isEmpty() ? "" : path + ": ") + "expected a mapping of keys");
    }
    for (Entry e : mapping.entries()) {
      entries.put(e.key(), e);
    }
  }

  /** The mapping itself, to place an error about a key it lacks. */
  public YamlNode mappingNode() {
    return node;
  }

  /** Rejects keys other than {@code allowed}, naming them. */
  public void allowOnly(List<String> allowed) {
    for (Entry e : entries.values()) {
      String key = e.key();
      if (!allowed.contains(key)) {
        throw error(e.keyLocation(), "unknown key " + qualified(UserText.quote(key))
            + UserText.firstUnusual(key).map(c -> ": it holds " + c + ", and keys are ASCII")
                .orElse("")
            + "; allowed here: " + String.join(", ", allowed));
      }
    }
  }

  /** The entries, in file order, with their keys' positions (for maps keyed by user names). */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Optional<YamlNode> node(String key) {
    Entry e = entries.get(key);
    return e == null || isNull(e.value()) ? Optional.empty() : Optional.of(e.value());
  }

  public YamlNode required(String key, String what) {
    return node(key).orElseThrow(() -> error(node, "missing key " + qualified(key) + ": " + what));
  }

  public String text(String key, String fallback) {
    return node(key).map(n -> scalar(key, n)).orElse(fallback);
  }

  public long whole(String key, long fallback, long min, long max) {
    Optional<YamlNode> n = node(key);
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

  public double number(String key, YamlNode n) {
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
    Optional<YamlNode> n = node(key);
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
  private void requireAsciiDigits(String key, YamlNode n, String text) {
    UserText.firstNonAsciiDigit(text).ifPresent(digit -> {
      throw error(n, qualified(key) + " is '" + UserText.quote(text) + "', which holds a digit"
          + " that is not ASCII (" + digit + "); write numbers with the digits 0 to 9");
    });
  }

  /** The items of a list value (a single scalar counts as a list of one). */
  public List<YamlNode> list(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof Sequence seq) {
      return seq.items();
    }
    if (n.get() instanceof Scalar) {
      return List.of(n.get());
    }
    throw error(n.get(), qualified(key) + " must be a list, such as [a, b]");
  }

  /** The texts of a list of scalars. */
  public List<String> texts(String key) {
    List<String> result = new ArrayList<>();
    for (YamlNode item : list(key)) {
      result.add(scalar(key, item));
    }
    return result;
  }

  public YamlFields child(String key, YamlNode value) {
    return new YamlFields(qualified(key), value);
  }

  public String qualified(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Where this mapping starts, for messages about it as a whole. */
  public String where() {
    return node.location().toString();
  }

  public SweepException error(YamlNode n, String message) {
    return error(n.location(), message);
  }

  public SweepException error(Location where, String message) {
    return new SweepException(where + ": " + message + ".");
  }

  public String scalar(String key, YamlNode n) {
    if (n instanceof Scalar s) {
      return s.text();
    }
    throw error(n, qualified(key) + " must be a single value, not a "
        + (n instanceof Sequence ? "list" : "mapping"));
  }

  private static boolean isNull(YamlNode n) {
    return n instanceof Scalar s && s.kind() == ScalarKind.NULL;
  }
}
