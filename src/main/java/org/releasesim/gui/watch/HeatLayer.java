package org.releasesim.gui.watch;

import org.releasesim.model.Group;
import org.releasesim.model.Jurisdiction;

/**
 * What the tracts' colour shows. Values are per global tract; NaN where a value does not exist
 * (a tract with no residents has no crime rate). Each layer says whether high values are the
 * bad end, so the colour ramp always darkens toward the outcome worth looking at.
 */
public enum HeatLayer {
  CRIME("Recent crime", "offences per 1,000 residents a year (last ~3 weeks)", false),
  TRUST("Trust in police, unauthorized residents", "1 = full trust; reporting and witness"
      + " cooperation scale with it", true),
  UNAUTHORIZED_SHARE("Unauthorized share of residents", "share of residents living there now",
      false),
  ICE_OPERATIONS("ICE at-large operations", "operations in the last ~3 weeks", false),
  NONE("No heat map", "", false);

  private final String title;
  private final String unit;
  private final boolean lowIsNotable;

  HeatLayer(String title, String unit, boolean lowIsNotable) {
    this.title = title;
    this.unit = unit;
    this.lowIsNotable = lowIsNotable;
  }

  public String title() {
    return title;
  }

  public String unit() {
    return unit;
  }

  /** True when low values are the notable end (trust), so the ramp is reversed. */
  public boolean lowIsNotable() {
    return lowIsNotable;
  }

  /** The layer's value for every global tract. */
  public double[] values(WatchedRun run) {
    MapLayout layout = run.layout();
    double[] v = new double[layout.tracts()];
    for (int t = 0; t < v.length; t++) {
      v[t] = value(run, layout, t);
    }
    return v;
  }

  private double value(WatchedRun run, MapLayout layout, int tract) {
    PersonCensus census = run.census();
    return switch (this) {
      case CRIME -> run.events().activity().crimeRate(tract, census.residents(tract));
      case TRUST -> {
        Jurisdiction j = run.sim().jurisdictions().get(layout.ownerOf(tract));
        yield j.trust().trust(tract - j.firstTract(), Group.UNAUTHORIZED.ordinal());
      }
      case UNAUTHORIZED_SHARE -> {
        long all = census.residents(tract);
        yield all == 0 ? Double.NaN : census.residents(tract, Group.UNAUTHORIZED) / (double) all;
      }
      case ICE_OPERATIONS -> run.events().activity().operations(tract);
      case NONE -> Double.NaN;
    };
  }

  /** The range a colour ramp spans for these values: from 0 (or below) to the largest. */
  Range range(double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : values) {
      if (!Double.isNaN(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    if (lo > hi) {
      return new Range(0, 1);
    }
    if (this == TRUST) {
      return new Range(Math.min(lo, 0.8), 1);
    }
    return new Range(Math.min(lo, 0), Math.max(hi, this == UNAUTHORIZED_SHARE ? 0.05 : 1));
  }

  /** A closed range of values. */
  public record Range(double low, double high) {
    /** Where {@code x} lies in the range, 0 to 1. */
    public double position(double x) {
      return high > low ? Math.max(0, Math.min(1, (x - low) / (high - low))) : 0;
    }
  }
}
