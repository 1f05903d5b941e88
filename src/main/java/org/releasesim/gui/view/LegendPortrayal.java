package org.releasesim.gui.view;

import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.releasesim.gui.watch.DotState;
import org.releasesim.gui.watch.GuiTallies;
import org.releasesim.gui.watch.HeatLayer;
import org.releasesim.gui.watch.MapSettings;
import org.releasesim.gui.watch.PersonCensus;
import org.releasesim.gui.watch.RecentMarks;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.ModelEvent;
import org.releasesim.model.OffenderStatus;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The legend beside the map, drawn into the same display so that a snapshot carries it: the
 * scenario and day, the heat map's scale, what each dot colour means (with counts), the marks
 * and symbols, and the running totals since recording started.
 */
final class LegendPortrayal extends FieldPortrayal2D {
  private final WatchedRun run;
  private final MapSettings settings;
  private final String scenarioName;

  LegendPortrayal(WatchedRun run, MapSettings settings, String scenarioName) {
    this.run = run;
    this.settings = settings;
    this.scenarioName = scenarioName;
  }

  @Override
  public void draw(Object object, Graphics2D g, DrawInfo2D info) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    TextColumn c = new TextColumn(g, info.draw);
    // headings wrap rather than run past the legend (a long policy name, a small map)
    c.wrappedBold(scenarioName, 1.3);
    if (run.layout() == null) {
      c.line("Press play or step to start.", Font.PLAIN, 1);
      return;
    }
    c.line(run.dayLabel(), Font.PLAIN, 1.1);
    c.gap();
    heatScale(c);
    c.gap();
    people(c);
    c.gap();
    symbols(c);
    c.gap();
    totals(c);
  }

  private void heatScale(TextColumn c) {
    HeatLayer layer = settings.layer();
    c.wrappedBold("Tract colour: " + layer.title(), 1);
    if (layer == HeatLayer.NONE) {
      return;
    }
    c.wrapped(layer.unit(), 0.85);
    HeatLayer.Range range = settings.range(run);
    Rectangle2D.Double bar = c.block(0.9);
    boolean reversed = layer.lowIsNotable();
    c.graphics().setPaint(new GradientPaint((float) bar.x, 0, Palette.heat(reversed ? 1 : 0),
        (float) (bar.x + bar.width), 0, Palette.heat(reversed ? 0 : 1)));
    c.graphics().fill(bar);
    c.pair(number(range.low()), number(range.high()), 0.85);
  }

  private void people(TextColumn c) {
    c.wrappedBold(run.drawsPersons() ? "People (one dot each)"
        : "People (per tract: bars, log scale)", 1);
    PersonCensus census = run.census();
    for (DotState s : DotState.values()) {
      Point2D.Double at = c.swatchLine(s.label(), String.format(Locale.ROOT, "%,d",
          census.total(s)));
      if (s != DotState.REMOVED) {
        double r = c.unit() * 0.32;
        c.graphics().setColor(Palette.of(s));
        c.graphics().fill(new Ellipse2D.Double(at.x - r, at.y - r, 2 * r, 2 * r));
      }
    }
  }

  private void symbols(TextColumn c) {
    c.wrappedBold("Marks (fade over " + (int) RecentMarks.FADE_DAYS + " days) and officers", 1);
    double r = c.unit() * 0.36;
    MarkPainter.mark(c.graphics(), ModelEvent.Kind.OFFENCE, c.swatchLine("crime", ""), r, 1);
    MarkPainter.mark(c.graphics(), ModelEvent.Kind.AT_LARGE_OPERATION,
        c.swatchLine("ICE at-large operation", ""), r * 0.7, 1);
    MarkPainter.mark(c.graphics(), ModelEvent.Kind.COLLATERAL_ARREST,
        c.swatchLine("collateral arrest", ""), r, 1);
    CustodyPainter.officer(c.graphics(), c.swatchLine("ICE officer (office, jail door, or"
        + " tract)", ""), c.unit() * 0.7);
  }

  private void totals(TextColumn c) {
    c.wrappedBold("Since recording started", 1);
    GuiTallies t = run.events().tallies();
    long wanted = t.offences(OffenderStatus.RELEASED_DETAINER_DECLINED)
        + t.offences(OffenderStatus.RELEASED_TRANSFER_MISSED);
    c.pair("crimes", String.format(Locale.ROOT, "%,d", t.offences()), 1);
    c.pair("  by people released while ICE wanted them", String.format(Locale.ROOT, "%,d",
        wanted), 0.85);
    c.pair("ICE at-large operations", String.format(Locale.ROOT, "%,d", t.operations()), 1);
    c.pair("collateral arrests", String.format(Locale.ROOT, "%,d", t.collateralArrests()), 1);
  }

  private static String number(double x) {
    return Math.abs(x) >= 10 ? String.format(Locale.ROOT, "%,.0f", x)
        : String.format(Locale.ROOT, "%.2f", x);
  }
}
