package org.releasesim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
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
 * error must not print someone else's file.
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
    return key.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || "_-.[] \t".indexOf(c) >= 0
        || switch (Character.getType(c)) {
          case Character.FORMAT, Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK,
              Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
          default -> false;
        });
  }

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  /** A character as the scanner writes it outside quotes: {@code q(113)}. */
  private static final Pattern CHARACTER_CODE =
      Pattern.compile("(?<=found |character )(?s:.{1,2}?)\\((\\d{1,7})\\)");
  /** Problems that go on to quote a name or text of the file, cut before it. */
  private static final List<Pattern> CUT_AFTER = List.of(
      Pattern.compile("found undefined (?:alias|tag handle)"),
      Pattern.compile("duplicate (?:anchor|tag handle)"),
      Pattern.compile("Global tag is not allowed"),
      Pattern.compile("that cannot start any token"));
  /** What follows "but found:" is the file's text (an escape sequence's digits). */
  private static final Pattern FOUND_TEXT = Pattern.compile("but found:.*");

  /**
   * SnakeYAML's description of a syntax problem without the file's text: tokens
   * ({@code <block end>}) and single characters (named by code point unless plain ASCII) are
   * kept; anything longer (an alias, a tag handle, the rest of an escape sequence) is left out,
   * and the line and column say where it is.
   */
  public static String problemOf(MarkedYAMLException e) {
    String context = e.getContext() == null ? "" : oneLine(e.getContext()) + ", ";
    return withoutText(context + oneLine(e.getProblem()));
  }

  /** As {@link #problemOf}, for any text of SnakeYAML's. */
  public static String withoutText(String problem) {
    String text = CHARACTER_CODE.matcher(problem).replaceAll(m ->
        Matcher.quoteReplacement(character(Integer.parseInt(m.group(1)))));
    text = FOUND_TEXT.matcher(text).replaceAll("but found other characters");
    for (Pattern cut : CUT_AFTER) {
      Matcher m = cut.matcher(text);
      if (m.find()) {
        text = text.substring(0, m.end());
      }
    }
    Matcher quoted = QUOTED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      String inside = quoted.group(1).replace("\\t(TAB)", "\t");
      String shown = inside.startsWith("<") && inside.endsWith(">") ? "'" + inside + "'"
          : inside.codePointCount(0, inside.length()) == 1 ? character(inside.codePointAt(0))
          : "a character";
      quoted.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    quoted.appendTail(out);
    // SnakeYAML's own words, which a quote's limit would cut; still bounded, in case
    return UserText.quote(out.toString(), 3 * UserText.LONGEST_QUOTE);
  }

  /** One character: itself in quotes if printable ASCII, else its code point and name. */
  private static String character(int c) {
    return c > 0x20 && c < 0x7F ? "'" + (char) c + "'" : UserText.codePoint(c);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
