package org.releasesim.output.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a chart of relative differences that cannot be drawn because the reference mean
 * is 0 (or missing), so that the chart and the report can say which outcomes, and which points,
 * are absent and why: a reader must not take a missing bar for a difference of 0.
 */
final class UndefinedCells {
  private final String reference;
  /** "outcome (why)" to the points left out, in the order met. */
  private final Map<String, List<String>> points = new LinkedHashMap<>();

  UndefinedCells(String reference) {
    this.reference = reference;
  }

  /** A cell left out: its outcome, its point's label, and the reference mean behind it. */
  void add(String outcome, String point, double referenceMean) {
    String key = outcome + " (" + reference + (Double.isNaN(referenceMean) ? " mean missing)"
        : " mean 0)");
    points.computeIfAbsent(key, k -> new ArrayList<>()).add(point);
  }

  boolean isEmpty() {
    return points.isEmpty();
  }

  /**
   * "Not drawn: at_large_arrests (HONOR_DETAINERS mean 0)", listing the points only when an
   * outcome is drawn for some points and not for others.
   *
   * @param cellsPerOutcome how many points each outcome has in the chart
   */
  String note(int cellsPerOutcome) {
    List<String> parts = new ArrayList<>();
    points.forEach((key, left) -> parts.add(left.size() >= cellsPerOutcome ? key
        : key + " for " + String.join(", ", left)));
    return "Not drawn: " + String.join("; ", parts);
  }
}
