package org.releasesim.output.sweep;

import static org.releasesim.output.sweep.SweepCsv.num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.stats.PairedDifference;
import org.releasesim.experiment.sweep.Contrast;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * {@value #FILE} (and compare.csv, the same table): per point and outcome, the paired difference
 * from the reference point with its 95% t interval, and the variance-reduction ratio
 * {@code (var(reference) + var(point)) / var(difference)} that pairing bought. The last column is
 * the outcome's unit ({@link OutcomeSpec#unit()}), the unit of the means, the difference and its
 * interval; the variances are in its square, the relative difference and the ratio have none.
 */
public final class ContrastsCsv {
  public static final String FILE = "contrasts.csv";
  public static final String COMPARE = "compare.csv";

  private ContrastsCsv() {}

  /** Writes the contrasts of a plan. */
  public static void write(Path file, SweepPlan plan, List<Contrast> contrasts)
      throws IOException {
    List<String> header = PointsCsv.pointHeader(plan);
    header.addAll(List.of("reference_point", "outcome", "n", "reference_mean", "mean",
        "difference", "sd_difference", "ci95_half_width", "ci95_low", "ci95_high",
        "relative_difference", "variance_paired", "variance_unpaired", "variance_ratio",
        PointsCsv.UNIT));
    List<List<String>> rows = new ArrayList<>();
    List<OutcomeSpec> outcomes = plan.outcomes().columns();
    for (Contrast c : contrasts) {
      List<String> row = PointsCsv.pointCells(plan.points().get(c.point()));
      PairedDifference d = c.difference();
      Estimate diff = d.difference();
      row.addAll(List.of(Integer.toString(c.reference()), outcomes.get(c.outcome()).column(),
          Long.toString(diff.n()), num(d.reference().mean()), num(d.alternative().mean()),
          num(diff.mean()), num(diff.sd()), num(diff.halfWidth()), num(diff.low()),
          num(diff.high()), num(d.relative()), num(square(diff.sd())),
          num(square(d.reference().sd()) + square(d.alternative().sd())),
          num(d.varianceRatio()), outcomes.get(c.outcome()).unit()));
      rows.add(row);
    }
    SweepCsv.write(file, header, rows);
  }

  private static double square(double v) {
    return v * v;
  }
}
