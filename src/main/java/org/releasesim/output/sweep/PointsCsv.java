package org.releasesim.output.sweep;

import static org.releasesim.output.sweep.SweepCsv.num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * {@value #FILE}: per design point and outcome, the replicates, mean, standard deviation and 95%
 * t interval, and the outcome's unit (the last column, {@link OutcomeSpec#unit()}); and
 * {@value #DESIGN}: the design points alone. Both in tidy long form.
 */
public final class PointsCsv {
  public static final String FILE = "points.csv";
  public static final String DESIGN = "design.csv";
  static final List<String> STATS = List.of("n", "mean", "sd", "ci95_half_width", "ci95_low",
      "ci95_high");
  /** The column that names each row's unit, last in the long tables. */
  static final String UNIT = "unit";

  private PointsCsv() {}

  /** Writes points.csv. */
  public static void write(Path file, SweepAnalysis analysis) throws IOException {
    SweepPlan plan = analysis.plan();
    List<String> header = pointHeader(plan);
    header.add("outcome");
    header.addAll(STATS);
    header.add(UNIT);
    List<List<String>> rows = new ArrayList<>();
    List<OutcomeSpec> outcomes = plan.outcomes().columns();
    for (DesignPoint p : plan.points()) {
      for (int o = 0; o < outcomes.size(); o++) {
        List<String> row = pointCells(p);
        row.add(outcomes.get(o).column());
        row.addAll(cells(analysis.points().get(p.index()).get(o)));
        row.add(outcomes.get(o).unit());
        rows.add(row);
      }
    }
    SweepCsv.write(file, header, rows);
  }

  /** Writes design.csv. */
  public static void writeDesign(Path file, SweepPlan plan) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (DesignPoint p : plan.points()) {
      rows.add(pointCells(p));
    }
    SweepCsv.write(file, pointHeader(plan), rows);
  }

  /** {@code point} and the factor names. */
  static List<String> pointHeader(SweepPlan plan) {
    List<String> header = new ArrayList<>();
    header.add("point");
    plan.factors().stream().map(Factor::name).forEach(header::add);
    return header;
  }

  /** A point's number and values. */
  static List<String> pointCells(DesignPoint p) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(p.index()));
    cells.addAll(p.values());
    return cells;
  }

  /** The cells of {@link #STATS}. */
  static List<String> cells(Estimate e) {
    return List.of(Long.toString(e.n()), num(e.mean()), num(e.sd()), num(e.halfWidth()),
        num(e.low()), num(e.high()));
  }
}
