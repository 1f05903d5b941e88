package org.releasesim.scenario;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.releasesim.model.param.InvalidParameterException;
import org.releasesim.model.param.UnknownNameException;
import org.releasesim.scenario.YamlNode.Mapping;
import org.releasesim.scenario.YamlNode.Scalar;
import org.releasesim.scenario.YamlNode.Sequence;

/**
 * A record's constructor rejected the values bound from a mapping: the error is reported at the
 * value it names. The name is a component of the record ({@code policy}) or, for a rule across
 * records, a key path below it ({@code jurisdictions[0].policyChanges[1].policy}); a key the file
 * leaves out is reported at the nearest mapping or list item that holds it.
 */
final class Rejection {
  private static final Pattern STEP = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private Rejection() {}

  /**
   * The error to show.
   *
   * @param node the mapping the record was bound from
   * @param path the record's key path ("" for the top level)
   * @param keyLocation where the record's own key is, when nothing nearer applies
   */
  static ScenarioException of(IllegalArgumentException rejected, Mapping node, String path,
      Location keyLocation) {
    Found found = rejected instanceof InvalidParameterException invalid
        ? find(node, invalid.component()) : new Found(false, false, null, null);
    if (!found.reached()) {
      String subject = path.isEmpty() ? "the scenario" : path;
      return ScenarioException.at(keyLocation, subject + ": " + sentence(rejected.getMessage()));
    }
    String full = ParamText.child(path, ((InvalidParameterException) rejected).component());
    Scalar given = found.complete() && found.value() instanceof Scalar s ? s : null;
    String subject = given == null ? full : BoundField.subject(full, given);
    if (rejected instanceof UnknownNameException unknown && given != null) {
      return ScenarioException.at(found.where(), subject + ": " + unknown.problem()
          + Suggestions.hint(given.text(), unknown.allowed()) + "; allowed: "
          + unknown.allowedText() + ".");
    }
    return ScenarioException.at(found.where(), subject + ": " + sentence(rejected.getMessage()));
  }

  /** How far down a key path the file goes, and where that is. */
  private record Found(boolean reached, boolean complete, Location where, YamlNode value) {}

  private static Found find(Mapping node, String named) {
    YamlNode current = node;
    Location where = null;
    boolean reached = false;
    for (String step : named.split("\\.")) {
      Matcher m = STEP.matcher(step);
      if (!m.matches() || !(current instanceof Mapping mapping)) {
        return new Found(reached, false, where, current);
      }
      Optional<YamlNode.Entry> entry = mapping.entry(m.group(1));
      if (entry.isEmpty()) {
        return new Found(reached, false, where == null ? null : current.location(), current);
      }
      current = entry.get().value();
      where = current instanceof Scalar ? current.location() : entry.get().keyLocation();
      reached = true;
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        int i = Integer.parseInt(index.group(1));
        if (!(current instanceof Sequence list) || i >= list.items().size()) {
          return new Found(true, false, where, current);
        }
        current = list.items().get(i);
        where = current.location();
      }
    }
    return new Found(reached, true, where, current);
  }

  /**
   * A record's message as a sentence. Records quote the values they name in '...', and a value
   * may be megabytes long, so each quote is cut as every quote of user text is.
   */
  private static String sentence(String message) {
    String text = message == null ? "the values are not valid together" : message.strip();
    text = QUOTED.matcher(text).replaceAll(m ->
        Matcher.quoteReplacement("'" + UserText.quote(m.group(1)) + "'"));
    return text.endsWith(".") ? text : text + ".";
  }
}
