package org.releasesim.scenario;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Checks nesting depth and aliases to lists and mappings on the event stream, before the
 * document is composed. SnakeYAML's composer enforces the same limits (we configure it to, as a
 * backstop) but its error carries no position; walking the events first lets us name the line.
 */
final class YamlLimits {
  /** Deepest nesting of lists and mappings accepted; scenario and sweep files need under ten. */
  static final int MAX_DEPTH = 40;
  /** Most aliases to lists or mappings accepted: enough for sharing, too few for a bomb. */
  static final int MAX_COLLECTION_ALIASES = 20;

  private YamlLimits() {}

  /** Throws a {@link ScenarioException} at the first event that breaks a limit. */
  static void check(Yaml yaml, String text, Location.Positions locate, YamlKind kind) {
    Set<String> collectionAnchors = new HashSet<>();
    int depth = 0;
    int aliases = 0;
    for (Event event : yaml.parse(new StringReader(text))) {
      if (event instanceof CollectionStartEvent start) {
        noteAnchor(collectionAnchors, start.getAnchor(), true);
        if (++depth > MAX_DEPTH) {
          throw ScenarioException.at(locate.at(event.getStartMark()), "lists and mappings"
              + " are nested more than " + MAX_DEPTH + " levels deep; a " + kind.noun()
              + " needs far fewer.");
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      } else if (event instanceof ScalarEvent scalar) {
        noteAnchor(collectionAnchors, scalar.getAnchor(), false);
      } else if (event instanceof AliasEvent alias
          && collectionAnchors.contains(alias.getAnchor())
          && ++aliases > MAX_COLLECTION_ALIASES) {
        throw ScenarioException.at(locate.at(event.getStartMark()), "more than "
            + MAX_COLLECTION_ALIASES + " aliases (*name) refer to lists or mappings; a "
            + kind.noun() + " needs few, and many can expand the file enormously.");
      }
    }
  }

  private static void noteAnchor(Set<String> collectionAnchors, String anchor, boolean isCollection) {
    if (anchor == null) {
      return;
    }
    if (isCollection) {
      collectionAnchors.add(anchor);
    } else {
      collectionAnchors.remove(anchor);
    }
  }
}
