package org.releasesim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/** Points listed one by one, in the sweep file or in a CSV file. */
public record PointsDesign(List<Factor> factors, List<DesignPoint> points) implements Design {

  public PointsDesign {
    factors = List.copyOf(factors);
    points = List.copyOf(points);
  }

  /**
   * @param rows one row of values per point, in factor order
   * @throws IllegalArgumentException if a row has the wrong number of values
   */
  public static PointsDesign of(List<Factor> factors, List<List<String>> rows) {
    List<DesignPoint> points = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != factors.size()) {
        throw new IllegalArgumentException("point " + points.size() + " has " + row.size()
            + " values for " + factors.size() + " factors");
      }
      points.add(new DesignPoint(points.size(), row));
    }
    return new PointsDesign(factors, points);
  }

  @Override
  public String type() {
    return "points";
  }
}
