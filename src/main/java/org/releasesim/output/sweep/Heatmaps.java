package org.releasesim.output.sweep;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartTheme;

/**
 * A heatmap of an outcome's mean over two factors' levels, each cell labelled with its value,
 * coloured on the viridis scale (perceptually uniform and readable in grey; van der Walt and
 * Smith 2015).
 */
final class Heatmaps {
  private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x472D7B),
      new Color(0x3B528B), new Color(0x2C728E), new Color(0x21918C), new Color(0x28AE80),
      new Color(0x5EC962), new Color(0xADDC30), new Color(0xFDE725)};
  private static final Font CELL = ChartTheme.ANNOTATION_FONT;

  private Heatmaps() {}

  static ChartFile draw(Path dir, SweepAnalysis analysis, int outcome, int fx, int fy)
      throws IOException {
    SweepPlan plan = analysis.plan();
    Factor x = plan.factors().get(fx);
    Factor y = plan.factors().get(fy);
    OutcomeSpec spec = plan.outcomes().columns().get(outcome);
    Cells cells = Cells.of(analysis, outcome, fx, fy);
    XYPlot plot = new XYPlot();
    cells.label(plot);
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(spec.column(), cells.xyz());
    double[] range = colourRange(cells.min(), cells.max());
    LookupPaintScale scale = scale(range[0], range[1]);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    plot.setDataset(data);
    plot.setRenderer(renderer);
    plot.setDomainAxis(axis(x));
    plot.setRangeAxis(axis(y));
    ChartTheme.style(plot);
    JFreeChart chart = ChartTheme.chart(spec.column() + " by "
        + SweepChartStyle.shortName(x.name()) + " and " + SweepChartStyle.shortName(y.name()),
        plot, false);
    PaintScaleLegend legend = new PaintScaleLegend(scale,
        ChartTheme.numberAxis(spec.unit(), false));
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(4, 8, 4, 4);
    chart.addSubtitle(legend);
    String caption = "Mean of " + spec.column() + " (" + spec.unit() + ") per design point. "
        + spread(cells.min(), cells.max(), range) + PointSlice.heldAt(plan, List.of(fx, fy))
        + " Data: points.csv.";
    return SweepImages.write(dir, "heatmap_" + SweepImages.slug(spec.column()), caption, chart,
        SweepChartStyle.WIDTH, SweepChartStyle.HEIGHT);
  }

  /** The cells: level indices of both factors and the mean, with the range of the means. */
  private record Cells(double[][] xyz, double min, double max) {
    static Cells of(SweepAnalysis analysis, int outcome, int fx, int fy) {
      SweepPlan plan = analysis.plan();
      List<DesignPoint> points = PointSlice.of(plan, List.of(fx, fy));
      double[][] xyz = new double[3][points.size()];
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < points.size(); i++) {
        DesignPoint p = points.get(i);
        xyz[0][i] = plan.factors().get(fx).levels().indexOf(p.values().get(fx));
        xyz[1][i] = plan.factors().get(fy).levels().indexOf(p.values().get(fy));
        xyz[2][i] = analysis.points().get(p.index()).get(outcome).mean();
        if (Double.isFinite(xyz[2][i])) {
          min = Math.min(min, xyz[2][i]);
          max = Math.max(max, xyz[2][i]);
        }
      }
      return new Cells(xyz, min, max);
    }

    /** Writes each cell's value on it, dark on light cells and light on dark ones. */
    void label(XYPlot plot) {
      double[] range = colourRange(min, max);
      for (int i = 0; i < xyz[0].length; i++) {
        XYTextAnnotation label = new XYTextAnnotation(SweepChartStyle.number(xyz[2][i]),
            xyz[0][i], xyz[1][i]);
        label.setFont(CELL);
        label.setPaint(xyz[2][i] > (range[0] + range[1]) / 2 ? Color.BLACK : Color.WHITE);
        plot.addAnnotation(label);
      }
    }
  }

  /**
   * Smallest span of the colour scale, as a share of the cells' mid value: cells closer than
   * this take nearby colours, so that a difference of a fraction of a per cent does not look
   * like the whole range of the palette.
   */
  static final double MIN_RELATIVE_SPAN = 0.10;

  /**
   * The values the palette spans: the cells' range, widened symmetrically to at least
   * {@link #MIN_RELATIVE_SPAN} of its mid value; when the cells straddle zero (differences), a
   * range centred on zero.
   */
  static double[] colourRange(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      return new double[] {-1, 1};
    }
    if (min < 0 && max > 0) {
      double m = Math.max(-min, max);
      return new double[] {-m, m};
    }
    double mid = (min + max) / 2;
    double half = Math.max((max - min) / 2, Math.abs(mid) * MIN_RELATIVE_SPAN / 2);
    if (half == 0) {
      half = 1;
    }
    return new double[] {mid - half, mid + half};
  }

  /** The caption's sentence on what the colours span and how far apart the cells are. */
  private static String spread(double min, double max, double[] range) {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      return "";
    }
    double mid = (min + max) / 2;
    String cells = mid != 0 && min >= 0 == max >= 0 ? String.format(java.util.Locale.ROOT,
        " (%.1f%% of their mid value)", 100 * (max - min) / Math.abs(mid)) : "";
    return "The cells range from " + SweepChartStyle.number(min) + " to "
        + SweepChartStyle.number(max) + cells + "; the colours span "
        + SweepChartStyle.number(range[0]) + " to " + SweepChartStyle.number(range[1])
        + (min < 0 && max > 0 ? ", centred on zero." : ", at least "
            + Math.round(MIN_RELATIVE_SPAN * 100) + "% of the mid value, so that small"
            + " differences take nearby colours.");
  }

  /** Nine viridis steps from min to max (a flat scale when all cells are equal). */
  private static LookupPaintScale scale(double min, double max) {
    if (!(min < max)) {
      double centre = Double.isFinite(min) ? min : 0;
      min = centre - 1;
      max = centre + 1;
    }
    LookupPaintScale scale = new LookupPaintScale(min, max + (max - min) * 1e-9, Color.GRAY);
    for (int i = 0; i < VIRIDIS.length; i++) {
      scale.add(min + (max - min) * i / VIRIDIS.length, VIRIDIS[i]);
    }
    return scale;
  }

  private static NumberAxis axis(Factor f) {
    SymbolAxis axis = new SymbolAxis(SweepChartStyle.shortName(f.name()),
        f.levels().toArray(String[]::new));
    axis.setGridBandsVisible(false);
    return axis;
  }
}
