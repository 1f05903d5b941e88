package org.releasesim.experiment.sweep;

import java.util.List;

/**
 * The {@code design:} of a sweep file.
 *
 * @param type factorial, points, latin-hypercube, morris or sobol
 * @param samples Latin hypercube samples, or Sobol base samples N (0 where unused)
 * @param trajectories Morris trajectories r (0 where unused)
 * @param levels Morris grid levels p (0 where unused)
 * @param rows the points of a points design, one value per factor in factor order (empty
 *     otherwise)
 * @param where file and line of the design, for messages
 */
public record DesignSpec(String type, int samples, int trajectories, int levels,
    List<List<String>> rows, String where) {
  /** The design types, as written in sweep files. */
  public static final List<String> TYPES =
      List.of("factorial", "points", "latin-hypercube", "morris", "sobol");

  public DesignSpec {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
