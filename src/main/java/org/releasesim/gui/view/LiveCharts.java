package org.releasesim.gui.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.releasesim.gui.watch.ChartFeed;
import org.releasesim.gui.watch.ChartKind;
import org.releasesim.gui.watch.DotState;
import org.releasesim.gui.watch.SeriesLine;
import org.releasesim.output.ChartTheme;

/**
 * The live charts (JFreeChart 1.5; MASON's own chart classes need JFreeChart 1.0). Points come
 * from the {@link ChartFeed}: {@link #update} copies what is new while the model is held still
 * and hands it to the Swing thread, which alone touches the datasets.
 */
public final class LiveCharts {
  private static final Color[] COLOURS = {new Color(110, 110, 110), new Color(150, 110, 60),
      new Color(230, 159, 0), new Color(0, 114, 178), new Color(120, 60, 170),
      new Color(213, 94, 0), new Color(20, 20, 20)};

  private final Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
  private final Map<ChartKind, XYSeriesCollection> data = new EnumMap<>(ChartKind.class);
  private final Map<ChartKind, int[]> copied = new EnumMap<>(ChartKind.class);

  LiveCharts() {
    for (ChartKind k : ChartKind.values()) {
      XYSeriesCollection set = new XYSeriesCollection();
      for (String line : k.lines()) {
        set.addSeries(new XYSeries(line, false, true));
      }
      data.put(k, set);
      charts.put(k, chart(k, set));
      copied.put(k, new int[k.lines().size()]);
    }
  }

  JFreeChart chart(ChartKind kind) {
    return charts.get(kind);
  }

  /** Sends the feed's new points to the charts. Call holding the schedule's lock. */
  void update(ChartFeed feed) {
    List<Runnable> adds = new ArrayList<>();
    for (ChartKind k : ChartKind.values()) {
      List<SeriesLine> lines = feed.lines(k);
      int[] done = copied.get(k);
      for (int i = 0; i < lines.size(); i++) {
        SeriesLine line = lines.get(i);
        double[][] fresh = new double[2][line.size() - done[i]];
        for (int n = done[i]; n < line.size(); n++) {
          fresh[0][n - done[i]] = line.day(n);
          fresh[1][n - done[i]] = line.value(n);
        }
        done[i] = line.size();
        XYSeries series = data.get(k).getSeries(i);
        adds.add(() -> append(series, fresh));
      }
    }
    SwingUtilities.invokeLater(() -> adds.forEach(Runnable::run));
  }

  /** Empties every chart for a new run. */
  void clear() {
    copied.values().forEach(done -> java.util.Arrays.fill(done, 0));
    SwingUtilities.invokeLater(() -> data.values().forEach(set -> {
      for (int i = 0; i < set.getSeriesCount(); i++) {
        set.getSeries(i).clear();
      }
    }));
  }

  /**
   * All charts in a grid, as an image for papers, with {@code notes} in the first spare cell.
   * Call on the Swing thread.
   */
  public BufferedImage image(int columns, int cellWidth, int cellHeight, String heading,
      List<String> notes) {
    int rows = (ChartKind.values().length + columns - 1) / columns;
    int top = 44;
    BufferedImage img = new BufferedImage(columns * cellWidth, rows * cellHeight + top,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Palette.INK);
    g.setFont(Palette.font(Font.BOLD, 20));
    g.drawString(heading, 14, 30);
    int k = 0;
    for (ChartKind kind : ChartKind.values()) {
      charts.get(kind).draw(g, new Rectangle2D.Double((k % columns) * cellWidth,
          top + (k / columns) * cellHeight, cellWidth, cellHeight));
      k++;
    }
    g.setColor(Palette.INK);
    g.setFont(Palette.font(Font.PLAIN, 15));
    int y = top + (k / columns) * cellHeight + 40;
    for (String note : notes) {
      g.drawString(note, (k % columns) * cellWidth + 30, y);
      y += 24;
    }
    g.dispose();
    return img;
  }

  private static void append(XYSeries series, double[][] points) {
    for (int n = 0; n < points[0].length; n++) {
      series.add(points[0][n], points[1][n], false);
    }
    if (points[0].length > 0) {
      series.fireSeriesChanged();
    }
  }

  private static JFreeChart chart(ChartKind kind, XYSeriesCollection set) {
    JFreeChart chart = ChartFactory.createXYLineChart(kind.title(), "days after warm-up",
        kind.axis(), set);
    XYPlot plot = chart.getXYPlot();
    style(chart);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < kind.lines().size(); i++) {
      renderer.setSeriesPaint(i, colour(kind, i));
      renderer.setSeriesStroke(i, new BasicStroke(i == kind.lines().size() - 1
          && kind == ChartKind.JAIL ? 2.4f : 1.6f));
    }
    plot.setRenderer(renderer);
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setAutoRangeIncludesZero(true);
    values.setRangeType(RangeType.POSITIVE);
    values.setAutoRangeMinimumSize(kind == ChartKind.REPORTING ? 0.1 : 1);
    return chart;
  }

  /** The look every live chart shares: the theme's, at its screen size. */
  static void style(JFreeChart chart) {
    ChartTheme.forScreen(chart);
  }


  private static Color colour(ChartKind kind, int line) {
    if (kind == ChartKind.CRIMES) {
      return COLOURS[line];
    }
    if (kind == ChartKind.JAIL) {
      return new Color[] {Palette.of(DotState.PRETRIAL), Palette.of(DotState.SENTENCED),
          Palette.of(DotState.DETAINER_HOLD), new Color(110, 110, 110)}[line];
    }
    return new Color[] {new Color(0, 114, 178), new Color(0, 158, 115),
        new Color(213, 94, 0)}[line];
  }
}
