package org.releasesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Our own immutable YAML tree. Unlike SnakeYAML's nodes it carries the source {@link Location}
 * of every value through {@code extends} merging and {@code --set} overrides, so an error found
 * while binding can still point at the file and line the value came from. Sweep files are read
 * into the same tree ({@link YamlDocuments}).
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  Location location();

  /** What a scalar looked like to the YAML resolver; binding decides what each kind may fill. */
  enum ScalarKind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

  /** One key of a mapping, with the position of the key itself. */
  record Entry(String key, Location keyLocation, YamlNode value) {}

  /** Keys in file order; keys are unique. */
  record Mapping(List<Entry> entries, Location location) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The entry of {@code key}, if this mapping has it. */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    Optional<YamlNode> valueOf(String key) {
      return entry(key).map(Entry::value);
    }

    /** This mapping with {@code entry} replacing the one of the same key, or appended. */
    Mapping with(Entry entry) {
      List<Entry> result = new ArrayList<>(entries);
      int at = keyIndex(entry.key());
      if (at >= 0) {
        result.set(at, entry);
      } else {
        result.add(entry);
      }
      return new Mapping(result, location);
    }

    Mapping without(String key) {
      return new Mapping(entries.stream().filter(e -> !e.key().equals(key)).toList(), location);
    }

    /**
     * This mapping laid over {@code base}: keys here win; where both hold a mapping they merge
     * recursively; lists and single values replace the base's whole.
     */
    Mapping overlaidOn(Mapping base) {
      Mapping result = new Mapping(base.entries, location);
      for (Entry e : entries) {
        YamlNode value = e.value();
        if (value instanceof Mapping top && result.valueOf(e.key()).orElse(null) instanceof Mapping old) {
          value = top.overlaidOn(old);
        }
        result = result.with(new Entry(e.key(), e.keyLocation(), value));
      }
      return result;
    }

    private int keyIndex(String key) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).key().equals(key)) {
          return i;
        }
      }
      return -1;
    }
  }

  record Sequence(List<YamlNode> items, Location location) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    Sequence withItem(int index, YamlNode item) {
      List<YamlNode> result = new ArrayList<>(items);
      result.set(index, item);
      return new Sequence(result, location);
    }
  }

  /** A single value, as written (without quotes). */
  record Scalar(String text, ScalarKind kind, Location location) implements YamlNode {}
}
