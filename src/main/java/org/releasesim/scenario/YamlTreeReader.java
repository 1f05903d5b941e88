package org.releasesim.scenario;

import java.io.StringReader;
import org.releasesim.scenario.YamlNode.Mapping;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses YAML text into a {@link YamlNode} tree. Only SnakeYAML's composer runs (a node graph,
 * never Java objects), under limits that keep hostile input cheap; every SnakeYAML error becomes
 * a one-paragraph {@link ScenarioException} with the position it found. Scenario and sweep files
 * alike are read here, so they share every limit and message; only the nouns differ
 * ({@link YamlKind}).
 */
final class YamlTreeReader {
  /** Largest document accepted, in characters: a hundred times any real scenario or sweep. */
  static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

  private YamlTreeReader() {}

  /** Reads a whole document, whose top level must be a mapping. */
  static Mapping readDocument(String text, String sourceName, YamlKind kind) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Location.Positions positions = Location.inFile(sourceName);
    Node root = compose(body, positions, Location.wholeFile(sourceName), kind);
    YamlShape.firstKeyNotAName(root).ifPresent(misfit -> {
      throw ScenarioException.at(positions.at(misfit.mark()), "this is not a " + kind.noun()
          + ": its top level holds a key that is not a name, where a " + kind.noun() + "'s"
          + " keys are names such as " + kind.keyNames() + " (its content is not shown).");
    });
    if (root == null) {
      throw ScenarioException.at(Location.wholeFile(sourceName), "the file is empty (or holds"
          + " only comments); a " + kind.noun() + " is a YAML mapping of keys such as "
          + kind.keysAsWritten() + kind.emptyAdvice() + ".");
    }
    YamlNode tree = new YamlTreeConverter(positions, kind).convert(root);
    if (tree instanceof Mapping mapping) {
      return mapping;
    }
    throw ScenarioException.at(tree.location(), "the top level of a " + kind.noun() + " must"
        + " be a mapping of keys such as " + kind.keysAsWritten() + ", but it is "
        + (tree instanceof YamlNode.Sequence ? "a list." : "a single value."));
  }

  /** Reads the value of a {@code --set} override; every part of it is reported at {@code where}. */
  static YamlNode readValue(String text, Location where) {
    Node node = compose(text, (line, column) -> where, where, YamlKind.SCENARIO);
    if (node == null) {
      return new YamlNode.Scalar("", YamlNode.ScalarKind.TEXT, where);
    }
    return new YamlTreeConverter((line, column) -> where, YamlKind.SCENARIO).convert(node);
  }

  private static Node compose(String text, Location.Positions positions, Location whole,
      YamlKind kind) {
    Yaml yaml = new Yaml(new SafeConstructor(options()));
    try {
      YamlLimits.check(yaml, text, positions, kind);
      return yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw ScenarioException.at(mark == null ? whole : positions.at(mark), describe(e, kind));
    } catch (ReaderException e) {
      throw ScenarioException.at(positionOf(text, e.getPosition(), positions),
          "contains the character " + UserText.codePoint(e.getCodePoint()) + ", which YAML"
              + " does not allow; is this a binary file rather than a YAML text file?");
    } catch (YAMLException e) {
      throw ScenarioException.at(whole, "cannot be read as YAML: "
          + YamlProblemText.withoutText(String.valueOf(e.getMessage())) + ".");
    }
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(YamlLimits.MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(YamlLimits.MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setMergeOnCompose(false);
    // only composed, never constructed: every tag reaches YamlTreeConverter, which refuses all
    // but the standard value types and names the key that carries one
    options.setTagInspector(tag -> true);
    return options;
  }

  /** A syntax problem, without quoting the text (the file may not be a scenario at all). */
  private static String describe(MarkedYAMLException e, YamlKind kind) {
    if (String.valueOf(e.getProblem()).contains("(TAB)")) {
      return "a tab character is not allowed here; indent YAML with spaces, not tabs.";
    }
    String advice = String.valueOf(e.getContext()).contains("flow") ? kind.flowAdvice() : "";
    return "not valid YAML: " + YamlProblemText.of(e) + advice + ".";
  }

  /** Line and column of the code point at {@code index}, which SnakeYAML's reader reports. */
  private static Location positionOf(String text, int index, Location.Positions positions) {
    int line = 0;
    int column = 0;
    int[] codePoints = text.codePoints().limit(Math.max(0, index)).toArray();
    for (int c : codePoints) {
      if (c == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
    return positions.at(line, column);
  }
}
