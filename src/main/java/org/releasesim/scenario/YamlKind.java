package org.releasesim.scenario;

import java.util.List;

/**
 * What a YAML input file is, for the words of its error messages. Everything else is shared by
 * every kind: the safe parse, the limits on size, nesting and aliases, the refusal of duplicate
 * keys, tags and merge keys, and the form of a message (file, line, column, what is allowed); see
 * {@link YamlDocuments}.
 *
 * @param noun what the file is called in messages, such as {@code scenario file}
 * @param keys a few of its top-level keys, as examples in messages
 * @param emptyAdvice what an empty file is told, after the keys it could hold
 * @param mergeAdvice what to write instead of a merge key ({@code <<})
 * @param flowAdvice added to a syntax error inside {@code {...}} or {@code [...]} (or empty)
 */
public record YamlKind(String noun, List<String> keys, String emptyAdvice, String mergeAdvice,
    String flowAdvice) {
  /** Scenario files, read by {@link ScenarioReader}. */
  public static final YamlKind SCENARIO = new YamlKind("scenario file",
      List.of("description", "seed", "jurisdictions"), " (write {} to take every default)",
      "to build on another scenario write extends: other.yaml at the top of the file", "");

  public YamlKind {
    keys = List.copyOf(keys);
  }

  /** The example keys as names: {@code description, seed and jurisdictions}. */
  String keyNames() {
    return joined("");
  }

  /** The example keys as written: {@code description:, seed: and jurisdictions:}. */
  String keysAsWritten() {
    return joined(":");
  }

  private String joined(String suffix) {
    List<String> shown = keys.stream().map(k -> k + suffix).toList();
    return shown.size() == 1 ? shown.get(0)
        : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
  }
}
