package org.releasesim.output.sweep;

import static org.releasesim.output.sweep.Html.esc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.design.FactorDomain;
import org.releasesim.experiment.sensitivity.MorrisIndex;
import org.releasesim.experiment.sensitivity.SobolIndex;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.ChartFile;

/**
 * {@value #FILE}: the sweep's report. The design, notes (precision, pairing), the key numbers of
 * the primary outcomes, every chart with its caption, and links to the CSV files behind them.
 */
public final class SweepReport {
  public static final String FILE = "index.html";
  private static final int MAX_POINT_ROWS = 40;
  private static final int TOP_FACTORS = 12;

  private SweepReport() {}

  /**
   * @param notes sentences to show near the top (precision reached, variance reduction)
   * @param files the data files in the folder, linked at the end
   */
  public static void write(Path dir, SweepAnalysis analysis, List<ChartFile> charts,
      List<String> notes, List<String> files) throws IOException {
    SweepPlan plan = analysis.plan();
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(esc(plan.name())).append("</h1>\n");
    body.append("<p>").append(esc(plan.description())).append("</p>\n");
    body.append(ContrastSection.of(analysis));
    body.append("<h2>Design</h2>\n").append(design(plan));
    if (!notes.isEmpty()) {
      body.append("<h2>Notes</h2>\n<ul>\n");
      notes.forEach(n -> body.append("<li>").append(esc(n)).append("</li>\n"));
      body.append("</ul>\n");
    }
    body.append(numbers(analysis));
    body.append("<h2>Charts</h2>\n");
    for (ChartFile c : charts) {
      String png = SweepCharts.DIR + "/" + c.png().getFileName();
      String svg = SweepCharts.DIR + "/" + c.svg().getFileName();
      body.append("<figure><a href=\"").append(svg).append("\"><img src=\"").append(png)
          .append("\" alt=\"").append(esc(c.title())).append("\"></a><figcaption>")
          .append(esc(c.caption())).append("</figcaption></figure>\n");
    }
    body.append("<h2>Files</h2>\n<ul>\n");
    files.forEach(f -> body.append("<li><a href=\"").append(esc(f)).append("\">").append(esc(f))
        .append("</a></li>\n"));
    body.append("</ul>\n");
    AtomicFiles.writeString(dir.resolve(FILE), Html.page(plan.name(), body.toString()));
  }

  private static String design(SweepPlan plan) {
    List<List<String>> rows = new ArrayList<>();
    for (Factor f : plan.factors()) {
      String domain = f.domain() instanceof FactorDomain.Range r
          ? "range " + fmt(r.min()) + " to " + fmt(r.max()) : String.join(", ", f.levels());
      rows.add(List.of(f.name(), String.join(", ", f.keys()), domain));
    }
    return "<p>" + esc(plan.design().type()) + " design: " + plan.pointCount() + " points x "
        + plan.replications() + " replicates = " + plan.runCount() + " runs; master seed "
        + plan.masterSeed() + (!plan.paired() ? "; every run its own seed"
        : plan.contrastPairing() ? "; paired by contrast (a point and its reference point share"
        + " a replicate's seed; other points have seeds of their own)"
        : "; paired (the points of a replicate share its seed)") + ". Base scenario: "
        + esc(plan.base().getFileName().toString()) + ".</p>\n"
        + Html.table(List.of("factor", "scenario keys", "values"), rows);
  }

  private static String numbers(SweepAnalysis analysis) {
    SweepPlan plan = analysis.plan();
    StringBuilder html = new StringBuilder();
    for (int o : plan.outcomes().primary()) {
      String name = plan.outcomes().names().get(o);
      if (!analysis.morris().isEmpty()) {
        html.append("<h3>Morris screening: ").append(esc(name)).append("</h3>\n")
            .append(morris(analysis.morris().get(o)));
      } else if (!analysis.sobol().isEmpty()) {
        html.append("<h3>Sobol indices: ").append(esc(name)).append("</h3>\n")
            .append(sobol(analysis.sobol().get(o)));
      } else if (plan.pointCount() <= MAX_POINT_ROWS) {
        html.append("<h3>").append(esc(name)).append(" (").append(esc(plan.outcomes()
            .columns().get(o).unit())).append(")</h3>\n").append(points(analysis, o));
      }
    }
    String heading = analysis.contrasts().isEmpty() ? "Key numbers" : "Levels of each point";
    return html.length() == 0 ? "" : "<h2>" + heading + "</h2>\n" + html;
  }

  private static String points(SweepAnalysis analysis, int outcome) {
    SweepPlan plan = analysis.plan();
    List<String> header = new ArrayList<>(List.of("point"));
    plan.factors().forEach(f -> header.add(SweepChartStyle.shortName(f.name())));
    header.addAll(List.of("replicates", "mean", "95% interval"));
    List<List<String>> rows = new ArrayList<>();
    for (int p = 0; p < plan.pointCount(); p++) {
      Estimate e = analysis.points().get(p).get(outcome);
      List<String> row = new ArrayList<>(PointsCsv.pointCells(plan.points().get(p)));
      row.addAll(List.of(Long.toString(e.n()), PlainNumbers.of(e.mean()),
          PlainNumbers.interval(e.low(), e.high())));
      rows.add(row);
    }
    return Html.table(header, rows);
  }

  private static String morris(List<MorrisIndex> indices) {
    List<List<String>> rows = new ArrayList<>();
    indices.stream().sorted(Comparator.comparingDouble(m -> -m.muStar())).limit(TOP_FACTORS)
        .forEach(m -> rows.add(List.of(m.factor(), fmt(m.muStar()),
            interval(m.muStarLow(), m.muStarHigh()), fmt(m.mu()), fmt(m.sigma()))));
    return Html.table(List.of("factor", "mu*", "95% interval", "mu", "sigma"), rows)
        + (indices.size() > TOP_FACTORS ? "<p>The " + TOP_FACTORS + " largest; all in"
        + " morris.csv.</p>\n" : "");
  }

  private static String sobol(List<SobolIndex> indices) {
    List<List<String>> rows = new ArrayList<>();
    indices.forEach(s -> rows.add(List.of(s.factor(), fmt(s.first()),
        interval(s.firstLow(), s.firstHigh()), fmt(s.total()),
        interval(s.totalLow(), s.totalHigh()))));
    return Html.table(List.of("factor", "S1", "95% interval", "ST", "95% interval"), rows);
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
  }

  static String interval(double low, double high) {
    return Double.isNaN(low) ? "" : "[" + fmt(low) + ", " + fmt(high) + "]";
  }
}
