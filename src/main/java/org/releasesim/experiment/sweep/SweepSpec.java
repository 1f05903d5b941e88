package org.releasesim.experiment.sweep;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep file, read and checked for form (not yet against the base scenario; see
 * {@link SweepPlanner}).
 *
 * @param file the sweep file
 * @param text its exact text, recorded in the manifest and copied into the output folder
 * @param name the sweep's name, which names its output folder
 * @param description what the sweep is for
 * @param base the base scenario file, resolved against the sweep file's folder
 * @param baseOverrides {@code key=value} overrides applied to the base before the factors
 * @param seed the master seed
 * @param replications replicates per design point
 * @param paired whether all points of a replicate share the replicate's seed
 * @param contrastPairing whether, when paired, only a point and its reference point share a
 *     replicate's seed ({@code pairing: contrast})
 * @param design the design
 * @param factors the factors, in column order
 * @param outcomes the outcomes asked for (the primary ones)
 * @param timeSeries outcomes whose time series to aggregate per point (empty: none)
 * @param precision target 95% half-widths per outcome column (a report, see points.csv)
 */
public record SweepSpec(Path file, String text, String name, String description, Path base,
    List<String> baseOverrides, long seed, int replications, boolean paired,
    boolean contrastPairing, DesignSpec design,
    List<FactorSpec> factors, List<OutcomeSpec> outcomes, List<OutcomeSpec> timeSeries,
    Map<String, Double> precision) {
  public SweepSpec {
    baseOverrides = List.copyOf(baseOverrides);
    factors = List.copyOf(factors);
    outcomes = List.copyOf(outcomes);
    timeSeries = List.copyOf(timeSeries);
    precision = Collections.unmodifiableMap(new LinkedHashMap<>(precision));
  }

  /** This sweep with {@code more} overrides of the base applied after its own. */
  public SweepSpec withMoreBaseOverrides(List<String> more) {
    List<String> all = new java.util.ArrayList<>(baseOverrides);
    all.addAll(more);
    return new SweepSpec(file, text, name, description, base, all, seed, replications, paired,
        contrastPairing, design, factors, outcomes, timeSeries, precision);
  }
}
