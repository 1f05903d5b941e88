package org.releasesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key path of a {@code --set} override, such as {@code jurisdictions[0].groupShares.citizen}:
 * keys separated by dots, each optionally followed by list indices in brackets.
 */
record KeyPath(List<KeyPath.Step> steps) {
  // any number of digits: an index far past a list's end is reported as such, not as a bad path
  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[[0-9]+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)]");

  /** One step down the tree: into a mapping by key, or into a list by index. */
  sealed interface Step permits Key, Index {}

  record Key(String name) implements Step {}

  /**
   * A list index as written; {@link #index()} holds one too large for a long as
   * {@link Long#MAX_VALUE}, past any list's end.
   */
  record Index(String written) implements Step {
    long index() {
      try {
        return Long.parseLong(written);
      } catch (NumberFormatException e) {
        return Long.MAX_VALUE;
      }
    }
  }

  KeyPath {
    steps = List.copyOf(steps);
  }

  /** The path, if the text is a well-formed one. */
  static Optional<KeyPath> parse(String text) {
    List<Step> steps = new ArrayList<>();
    for (String segment : text.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        return Optional.empty();
      }
      steps.add(new Key(m.group(1)));
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        steps.add(new Index(index.group(1)));
      }
    }
    return Optional.of(new KeyPath(steps));
  }

  /** The first {@code count} steps as text, as an error message names them. */
  String prefix(int count) {
    StringBuilder text = new StringBuilder();
    for (Step step : steps.subList(0, count)) {
      if (step instanceof Key key) {
        text.append(text.length() == 0 ? "" : ".").append(key.name());
      } else {
        text.append('[').append(((Index) step).written()).append(']');
      }
    }
    return UserText.quote(text.toString());
  }
}
