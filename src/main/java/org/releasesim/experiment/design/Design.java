package org.releasesim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of design points over a sweep's factors. Every design is deterministic: random designs
 * take their generator, seeded from the sweep's master seed, so every shard of a sweep and every
 * resumed process rebuilds exactly the same points.
 */
public sealed interface Design
    permits FactorialDesign, PointsDesign, LatinHypercubeDesign, MorrisDesign, SaltelliDesign {

  /** The type as written in sweep files: factorial, points, latin-hypercube, morris, sobol. */
  String type();

  /** The factors, in column order. */
  List<Factor> factors();

  /** The points, in design order. */
  List<DesignPoint> points();

  /** Points from unit-cube coordinates, one row per point, mapped through each factor. */
  static List<DesignPoint> fromUnit(List<Factor> factors, List<double[]> unit) {
    List<DesignPoint> points = new ArrayList<>(unit.size());
    for (double[] u : unit) {
      List<String> values = new ArrayList<>(factors.size());
      for (int f = 0; f < factors.size(); f++) {
        values.add(factors.get(f).valueAt(u[f]));
      }
      points.add(new DesignPoint(points.size(), values));
    }
    return List.copyOf(points);
  }
}
