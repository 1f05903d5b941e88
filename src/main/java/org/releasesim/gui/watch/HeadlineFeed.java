package org.releasesim.gui.watch;

import java.util.EnumMap;
import java.util.Map;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SeriesSink;

/**
 * The {@link Headline} outcomes of one run as it goes: the model sends every cell of an output
 * interval as a {@link SeriesPoint}; this sink sums the cells of each headline and, when the
 * interval is complete, appends one point per headline (a flow's running total since day 0, a
 * level as it stood at the interval's end).
 */
public final class HeadlineFeed implements SeriesSink {
  private final Map<Headline, SeriesLine> lines = new EnumMap<>(Headline.class);
  private final double[] totals = new double[Headline.values().length];
  private final double[] open = new double[Headline.values().length];
  private int openDay = -1;

  public HeadlineFeed() {
    for (Headline h : Headline.values()) {
      lines.put(h, new SeriesLine(h.title()));
    }
  }

  @Override
  public void accept(SeriesPoint p) {
    if (openDay >= 0 && openDay != p.day()) {
      flush();
    }
    openDay = p.day();
    for (Headline h : Headline.values()) {
      if (h.counts(p)) {
        open[h.ordinal()] += p.value();
      }
    }
  }

  /** Closes the interval being received, if any; call when a displayed day ends. */
  public void flush() {
    if (openDay < 0) {
      return;
    }
    for (Headline h : Headline.values()) {
      int i = h.ordinal();
      totals[i] = h.cumulative() ? totals[i] + open[i] : open[i];
      lines.get(h).add(openDay, totals[i]);
      open[i] = 0;
    }
    openDay = -1;
  }

  /** One headline's points: day (after the warm-up) and value, one per closed interval. */
  public SeriesLine line(Headline h) {
    return lines.get(h);
  }
}
