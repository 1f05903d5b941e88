package org.releasesim.output.sweep;

import java.util.List;

/** Small HTML helpers for the sweep report: escaping, tables, figures. */
final class Html {
  private Html() {}

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A table with a header row; cells are escaped. */
  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder html = new StringBuilder("<table>\n<tr>");
    header.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
    html.append("</tr>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      row.forEach(c -> html.append("<td>").append(esc(c)).append("</td>"));
      html.append("</tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + esc(title) + "</title>\n<style>\nbody{font-family:sans-serif;max-width:1100px;"
        + "margin:2em auto;padding:0 1em;color:#222}\ntable{border-collapse:collapse;"
        + "margin:1em 0;display:block;max-width:100%;overflow-x:auto}\ntd,th{border:1px solid #ccc;padding:3px 8px;text-align:right}\n"
        + "th{background:#f3f3f3}\nfigure{margin:2em 0}\nimg{max-width:100%}\n"
        + "figcaption{color:#555}\n</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
  }
}
