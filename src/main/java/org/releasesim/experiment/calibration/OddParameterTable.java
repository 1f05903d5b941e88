package org.releasesim.experiment.calibration;

import java.util.List;

/**
 * The parameter table of {@code docs/ODD.md}: every scenario key with its unit, default, allowed
 * range and source, or "assumption" where no published figure backs the default. Generated from
 * the parameter records ({@link ParamTree}), so it cannot drift from the code; a test checks that
 * the committed document holds exactly this table between its markers.
 */
public final class OddParameterTable {
  public static final String BEGIN = "<!-- BEGIN PARAMETER TABLE -->";
  public static final String END = "<!-- END PARAMETER TABLE -->";

  private OddParameterTable() {}

  /** The table in Markdown, without the markers. */
  public static String generate() {
    StringBuilder out = new StringBuilder();
    out.append("| Key | Unit | Default | Range | Source |\n|---|---|---|---|---|\n");
    for (ParamEntry e : ParamTree.entries()) {
      out.append("| `").append(e.key()).append("` | ").append(cell(e.unit())).append(" | ")
          .append(cell(e.defaultValue())).append(" | ").append(cell(e.allowed())).append(" | ")
          .append(cell(source(e))).append(" |\n");
    }
    return out.toString();
  }

  /** "**assumption**" (with its note, if any), else the source. */
  static String source(ParamEntry e) {
    if (!e.assumption()) {
      return e.source();
    }
    return e.source().isEmpty() ? "**assumption**" : "**assumption** (" + e.source() + ")";
  }

  /**
   * The document with the text between the markers replaced by the current table.
   *
   * @throws IllegalArgumentException if the markers are missing or out of order
   */
  public static String updated(String document) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("the document needs the markers " + BEGIN + " and "
          + END + ", in that order");
    }
    return document.substring(0, begin + BEGIN.length()) + "\n" + generate()
        + document.substring(end);
  }

  /** The text between the markers of a document (what {@link #generate()} must equal). */
  public static String tableIn(String document) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin) {
      return "";
    }
    return document.substring(begin + BEGIN.length() + 1, end);
  }

  /** Keys of every entry, for tests. */
  static List<String> keys() {
    return ParamTree.entries().stream().map(ParamEntry::key).toList();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }
}
