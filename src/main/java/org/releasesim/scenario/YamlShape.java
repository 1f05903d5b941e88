package org.releasesim.scenario;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The one rule for quoting input files in messages: a file's text is quoted only once the file
 * reads as what it was named as. A scenario or sweep file does when it is YAML whose top level is
 * a mapping of names (every scenario and sweep key is one). A file that is not YAML, or whose top
 * level holds a key that no scenario could have (such as {@code root:x:0:0:root:/root:/bin/bash}
 * from /etc/passwd-like files), is refused by its name, line and column and why, never its
 * content: a scenario's {@code extends} or a sweep's {@code base} may name any file, and an
 * error must not print someone else's file. {@link YamlProblemText} words YAML syntax errors
 * by the same rule.
 */
public final class YamlShape {
  private YamlShape() {}

  /** Where a file stops reading as a mapping of names. */
  public record Misfit(Mark mark) {}

  /**
   * The first top-level key that is not a name, if any. A name here is made of letters, digits,
   * spaces and {@code _ - . [ ]} (so that a key path such as {@code time.years} written as a key,
   * or a key with an invisible or look-alike character, still reads as the user's own typo and
   * is quoted); merge keys and keys that are not single values are left to the reader's own
   * checks.
   */
  public static Optional<Misfit> firstKeyNotAName(Node root) {
    if (!(root instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && !Tag.MERGE.equals(key.getTag())
          && !isName(key.getValue())) {
        return Optional.of(new Misfit(key.getStartMark()));
      }
    }
    return Optional.empty();
  }

  private static boolean isName(String key) {
    return key.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
        || "_-.[] \t".indexOf(c) >= 0 || switch (Character.getType(c)) {
          case Character.FORMAT, Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK,
              Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
          default -> false;
        });
  }
}
