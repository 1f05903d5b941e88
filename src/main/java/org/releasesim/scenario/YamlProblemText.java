package org.releasesim.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's description of a syntax problem without the file's text. A file that is not valid
 * YAML has not read as a scenario or sweep file, so by the rule of {@link YamlShape} nothing of
 * it is quoted; SnakeYAML's messages quote the alias, tag handle or escape sequence they stopped
 * at, which here are cut, while its tokens ({@code <block end>}) and single characters (named by
 * code point unless plain ASCII) are kept. The line and column say where the problem is.
 */
public final class YamlProblemText {
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

  private YamlProblemText() {}

  /** The problem (and its context) of a syntax error, as a message may show it. */
  public static String of(MarkedYAMLException e) {
    String context = e.getContext() == null ? "" : oneLine(e.getContext()) + ", ";
    return withoutText(context + oneLine(e.getProblem()));
  }

  /** As {@link #of}, for any text of SnakeYAML's. */
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
