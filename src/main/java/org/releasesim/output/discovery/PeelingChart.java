package org.releasesim.output.discovery;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.releasesim.experiment.discovery.PrimBox;
import org.releasesim.output.ChartFile;
import org.releasesim.output.ChartImages;
import org.releasesim.output.ChartTheme;

/**
 * The peeling trajectory as the density-coverage trade-off of Bryant and Lempert (2010):
 * coverage across, density up, one dot per box from the whole space (coverage 1) inwards; the
 * chosen box marked, and the pasted box if any. In the project's chart style (white, large
 * sans-serif type, Okabe-Ito colours), as PNG and SVG.
 */
public final class PeelingChart {
  public static final String ID = "peeling";
  private static final int WIDTH = 900;
  private static final int HEIGHT = 640;
  private static final double DOT = 7;
  private static final double MARK = 15;

  private PeelingChart() {}

  /** Writes {@code peeling.png} and {@code peeling.svg} into {@code dir}. */
  public static ChartFile write(Path dir, String title, List<PrimBox> trajectory, int chosen,
      PrimBox pasted) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries path = new XYSeries("Peeling trajectory (" + trajectory.size() + " boxes)", false,
        true);
    for (PrimBox b : trajectory) {
      path.add(b.coverage(), b.density());
    }
    data.addSeries(path);
    XYSeries picked = new XYSeries("Chosen box " + chosen, false, true);
    picked.add(trajectory.get(chosen).coverage(), trajectory.get(chosen).density());
    data.addSeries(picked);
    if (pasted != null) {
      XYSeries grown = new XYSeries("Box " + chosen + " after pasting", false, true);
      grown.add(pasted.coverage(), pasted.density());
      data.addSeries(grown);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, true);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
    renderer.setSeriesPaint(0, ChartTheme.colour(0));
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-MARK / 2, -MARK / 2, MARK, MARK));
    renderer.setSeriesPaint(1, ChartTheme.colour(1));
    renderer.setSeriesLinesVisible(2, false);
    renderer.setSeriesShape(2, new Rectangle2D.Double(-MARK / 2, -MARK / 2, MARK, MARK));
    renderer.setSeriesPaint(2, ChartTheme.colour(2));
    XYPlot plot = new XYPlot(data, axis("Coverage (share of the condition's rows in the box)"),
        axis("Density (share of the box's rows meeting the condition)"), renderer);
    ChartTheme.style(plot);
    // the label goes to the side with room: boxes of high coverage sit at the right edge
    boolean right = trajectory.get(chosen).coverage() > 0.7;
    XYTextAnnotation label = new XYTextAnnotation(right ? "box " + chosen + "   "
        : "   box " + chosen, trajectory.get(chosen).coverage(), trajectory.get(chosen).density());
    label.setFont(ChartTheme.LABEL_FONT);
    label.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
    plot.addAnnotation(label);
    JFreeChart chart = ChartTheme.chart(title, plot, true);
    String caption = "PRIM's peeling trajectory: each dot is a box, from the whole input space"
        + " (coverage 1) inwards; the chosen box is marked. Data: peeling.csv.";
    return ChartImages.write(dir, ID, title, caption, chart, WIDTH, HEIGHT);
  }

  private static NumberAxis axis(String label) {
    NumberAxis axis = ChartTheme.numberAxis(label, true);
    axis.setRange(0, 1.05);
    axis.setTickUnit(new NumberTickUnit(0.1, NumberFormat.getNumberInstance(Locale.US)));
    return axis;
  }
}
