package org.releasesim.experiment.sweep;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.design.MorrisDesign;
import org.releasesim.experiment.design.SaltelliDesign;
import org.releasesim.experiment.sensitivity.MorrisAnalysis;
import org.releasesim.experiment.sensitivity.MorrisIndex;
import org.releasesim.experiment.sensitivity.SobolAnalysis;
import org.releasesim.experiment.sensitivity.SobolIndex;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.stats.PercentileBootstrap;

/**
 * Every statistic of a finished sweep, computed from its runs only: per point and outcome the
 * mean with a 95% t interval; paired contrasts where the plan has them; Morris or Sobol indices
 * where the design has them (on the per-point means over replicates, with bootstrap intervals
 * whose generator derives from the master seed); per-point time series where asked for.
 *
 * @param plan the plan
 * @param points {@code [point][outcome]} estimates
 * @param contrasts paired contrasts (empty unless paired with listed points)
 * @param morris Morris indices per outcome column (empty unless a Morris design)
 * @param sobol Sobol indices per outcome column (empty unless a Sobol design)
 * @param series time-series estimates (empty unless asked for)
 */
public record SweepAnalysis(SweepPlan plan, List<List<Estimate>> points,
    List<Contrast> contrasts, List<List<MorrisIndex>> morris, List<List<SobolIndex>> sobol,
    List<SeriesEstimate> series) {
  /** Bootstrap resamples for sensitivity intervals. */
  public static final int RESAMPLES = 500;

  public SweepAnalysis {
    points = points.stream().map(List::copyOf).toList();
    contrasts = List.copyOf(contrasts);
    morris = morris.stream().map(List::copyOf).toList();
    sobol = sobol.stream().map(List::copyOf).toList();
    series = List.copyOf(series);
  }

  /**
   * Analyses a sweep.
   *
   * @param records every run of the plan
   * @param series every time-series value, tagged with its run
   */
  public static SweepAnalysis of(SweepPlan plan, List<RunRecord> records,
      List<RunSeriesValue> series) {
    RunTable table = new RunTable(plan, records);
    int outcomes = plan.outcomes().columns().size();
    List<List<Estimate>> points = new ArrayList<>();
    for (int p = 0; p < plan.pointCount(); p++) {
      List<Estimate> row = new ArrayList<>(outcomes);
      for (int o = 0; o < outcomes; o++) {
        row.add(Estimate.of(table.values(p, o)));
      }
      points.add(row);
    }
    List<List<MorrisIndex>> morris = new ArrayList<>();
    List<List<SobolIndex>> sobol = new ArrayList<>();
    for (int o = 0; o < outcomes; o++) {
      PercentileBootstrap bootstrap = new PercentileBootstrap(RESAMPLES, new MersenneTwisterFast(
          new SeedSequence(plan.masterSeed()).auxiliary("bootstrap/" + o)));
      if (plan.design() instanceof MorrisDesign m) {
        morris.add(MorrisAnalysis.analyze(m, table.pointMeans(o), bootstrap));
      } else if (plan.design() instanceof SaltelliDesign s) {
        sobol.add(SobolAnalysis.analyze(s, table.pointMeans(o), bootstrap));
      }
    }
    return new SweepAnalysis(plan, points, Contrasts.of(plan, table), morris, sobol,
        SeriesEstimate.of(plan, series));
  }

  /** How each precision target was met. */
  public List<PrecisionCheck> precision() {
    List<PrecisionCheck> checks = new ArrayList<>();
    plan.precision().forEach((column, target) -> {
      int index = plan.outcomes().indexOf(column);
      checks.add(PrecisionCheck.of(column, plan.outcomes().columns().get(index).unit(), target,
          index, points));
    });
    return checks;
  }
}
