package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.releasesim.experiment.sensitivity.MorrisIndex;
import org.releasesim.experiment.sensitivity.SobolIndex;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.output.ChartFile;

/**
 * Sensitivity indices as bars, factors sorted from most to least influential: Morris mu* (with
 * its bootstrap interval) beside sigma; Sobol S1 beside ST (with intervals).
 */
final class IndexCharts {
  private IndexCharts() {}

  static ChartFile morris(Path dir, OutcomeSpec outcome, List<MorrisIndex> indices)
      throws IOException {
    List<MorrisIndex> sorted = new ArrayList<>(indices);
    sorted.sort(Comparator.comparingDouble((MorrisIndex m) -> -finite(m.muStar())));
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (MorrisIndex m : sorted) {
      String factor = m.factor();
      BarCharts.add(data, m.muStar(), (m.muStarHigh() - m.muStarLow()) / 2, "mu*", factor);
      BarCharts.add(data, m.sigma(), Double.NaN, "sigma", factor);
    }
    JFreeChart chart = BarCharts.chart("Morris screening: " + outcome.column(),
        outcome.unit() + " per factor range", data, true);
    String caption = "Mean absolute elementary effect mu* (Campolongo et al. 2007; whiskers:"
        + " 95% bootstrap interval over trajectories, drawn symmetric) and the standard deviation"
        + " sigma of the effects (Morris 1991) on " + outcome.column() + ", per whole range of"
        + " each factor. Data: morris.csv.";
    return SweepImages.write(dir, "morris_" + SweepImages.slug(outcome.column()), caption,
        chart, SweepChartStyle.WIDTH, BarCharts.height(data));
  }

  static ChartFile sobol(Path dir, OutcomeSpec outcome, List<SobolIndex> indices)
      throws IOException {
    List<SobolIndex> sorted = new ArrayList<>(indices);
    sorted.sort(Comparator.comparingDouble((SobolIndex s) -> -finite(s.total())));
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (SobolIndex s : sorted) {
      BarCharts.add(data, s.first(), (s.firstHigh() - s.firstLow()) / 2, "S1 (first order)",
          s.factor());
      BarCharts.add(data, s.total(), (s.totalHigh() - s.totalLow()) / 2, "ST (total order)",
          s.factor());
    }
    JFreeChart chart = BarCharts.chart("Sobol indices: " + outcome.column(),
        "share of output variance", data, true);
    String caption = "First-order (Saltelli et al. 2010) and total-order (Jansen 1999) Sobol"
        + " indices of " + outcome.column() + ", with 95% bootstrap intervals (drawn"
        + " symmetric; exact ends in sobol.csv).";
    return SweepImages.write(dir, "sobol_" + SweepImages.slug(outcome.column()), caption, chart,
        SweepChartStyle.WIDTH, BarCharts.height(data));
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
  }
}
