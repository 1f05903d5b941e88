package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SeriesEstimate;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;

/**
 * {@value #FILE}: per design point, time-series outcome and output interval, the mean over
 * replicates with its 95% t interval: the lines and bands of the time-series charts. The last
 * column is the unit of the values ({@link org.releasesim.model.metrics.Metric#seriesUnit()},
 * as in a run's timeseries.csv).
 */
public final class SeriesCsv {
  public static final String FILE = "series.csv";

  private SeriesCsv() {}

  public static void write(Path file, SweepAnalysis analysis) throws IOException {
    SweepPlan plan = analysis.plan();
    List<String> header = PointsCsv.pointHeader(plan);
    header.addAll(List.of("outcome", "day"));
    header.addAll(PointsCsv.STATS);
    header.add(PointsCsv.UNIT);
    List<List<String>> rows = new ArrayList<>();
    for (SeriesEstimate s : analysis.series()) {
      List<String> row = PointsCsv.pointCells(plan.points().get(s.point()));
      OutcomeSpec outcome = plan.timeSeries().get(s.outcome());
      row.add(outcome.column());
      row.add(Integer.toString(s.day()));
      row.addAll(PointsCsv.cells(s.estimate()));
      row.add(outcome.metric().seriesUnit());
      rows.add(row);
    }
    SweepCsv.write(file, header, rows);
  }
}
