package org.releasesim.scenario;

import java.util.List;
import org.releasesim.model.param.ParamKind;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.scenario.KeyPath.Index;
import org.releasesim.scenario.KeyPath.Key;
import org.releasesim.scenario.YamlNode.Entry;
import org.releasesim.scenario.YamlNode.Mapping;
import org.releasesim.scenario.YamlNode.Sequence;

/**
 * Applies command-line overrides {@code --set path.to.key=value} to a scenario tree, after
 * {@code extends} and before binding, so an override is checked exactly like a value in the
 * file and beats it. The value is YAML ({@code 5}, {@code HONOR_DETAINERS},
 * {@code [{name: A}, {name: B}]}); list items are addressed as {@code jurisdictions[0]}.
 */
final class SetOverrides {
  private static final String HOW = "write --set path.to.key=value, such as --set time.years=5"
      + " or --set jurisdictions[0].policy=HONOR_DETAINERS";

  private final KeyPath path;
  private final YamlNode value;
  private final Location where;

  private SetOverrides(KeyPath path, YamlNode value, Location where) {
    this.path = path;
    this.value = value;
    this.where = where;
  }

  /** {@code root} with each override applied in turn (a later one wins). */
  static Mapping apply(Mapping root, List<CommandLineOverride> overrides) {
    Mapping result = root;
    for (CommandLineOverride override : overrides) {
      result = parse(override.assignment(), Location.commandLine(override.typed()))
          .applyTo(result);
    }
    return result;
  }

  private static SetOverrides parse(String text, Location where) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw ScenarioException.at(where, "an override needs an equals sign; " + HOW + ".");
    }
    String keyText = text.substring(0, equals).strip();
    KeyPath path = KeyPath.parse(keyText).orElseThrow(() -> ScenarioException.at(where,
        "'" + UserText.quote(keyText) + "' is not a key path" + UserText.firstUnusual(keyText)
            .map(c -> ": it holds " + c + ", and key paths are ASCII").orElse("")
            + "; " + HOW + "."));
    if (path.steps().get(0).equals(new Key(ExtendsResolver.KEY))) {
      throw ScenarioException.at(where, "extends cannot be overridden; choose the file to read"
          + " instead.");
    }
    return new SetOverrides(path, YamlTreeReader.readValue(text.substring(equals + 1), where), where);
  }

  private Mapping applyTo(Mapping root) {
    return (Mapping) set(root, 0);
  }

  /** {@code node} (null where the file has nothing) with the value set below step {@code i}. */
  private YamlNode set(YamlNode node, int i) {
    if (i == path.steps().size()) {
      return value;
    }
    if (path.steps().get(i) instanceof Key key) {
      Mapping mapping = node == null ? new Mapping(List.of(), where) : asMapping(node, i);
      Entry old = mapping.entry(key.name()).orElse(null);
      boolean replacedWhole = i + 1 == path.steps().size();
      Location keyAt = old == null || replacedWhole ? where : old.keyLocation();
      YamlNode below = set(old == null ? null : old.value(), i + 1);
      return mapping.with(new Entry(key.name(), keyAt, below));
    }
    long index = ((Index) path.steps().get(i)).index();
    String list = path.prefix(i);
    String item = path.prefix(i + 1);
    if (node == null) {
      // a list the file leaves out holds its default entries, which an index may address
      node = defaultList(list);
    }
    if (node == null) {
      throw ScenarioException.at(where, list + " is not set in the scenario file, so "
          + item + " does not exist; set the whole list instead, such as --set '"
          + list + "=[{...}]'.");
    }
    if (!(node instanceof Sequence sequence)) {
      throw ScenarioException.at(where, list + " is not a list, so " + item + " does not"
          + " exist.");
    }
    int size = sequence.items().size();
    if (index >= size) {
      throw ScenarioException.at(where, item + " does not exist: " + list + " has " + size
          + (size == 1 ? " entry, so the only index allowed is 0"
              : size == 0 ? " entries; set the whole list instead, such as --set '" + list
                  + "=[{...}]'"
              : " entries, so the indices allowed are 0 to " + (size - 1)) + ".");
    }
    return sequence.withItem((int) index, set(sequence.items().get((int) index), i + 1));
  }

  /**
   * The default value of the list at {@code list}, as a tree, or null if the path names no list
   * of records: what the binder would fill in for a list the file leaves out.
   */
  private YamlNode defaultList(String list) {
    return ParamSchema.componentAt(list)
        .filter(c -> c.kind() == ParamKind.RECORD_LIST)
        .map(c -> {
          Object plain = ParamsAsMaps.plain(c, c.defaultValue());
          return YamlTreeReader.readValue(ResolvedYaml.flow(plain), where);
        })
        .orElse(null);
  }

  private Mapping asMapping(YamlNode node, int i) {
    if (node instanceof Mapping mapping) {
      return mapping;
    }
    throw ScenarioException.at(where, path.prefix(i) + " is not a mapping, so it has no key "
        + UserText.quote(((Key) path.steps().get(i)).name()) + ".");
  }
}
