package org.releasesim.gui.watch;

import java.util.List;

/**
 * What the person at the screen has chosen to see: the heat-map layer. Set from the map
 * window's header (Swing thread) and read while painting, hence volatile. A map may share its
 * colour scale with other runs' maps (the side-by-side view does, so that a colour means the
 * same number on both maps).
 */
public final class MapSettings {
  private volatile HeatLayer layer = HeatLayer.CRIME;
  private volatile List<WatchedRun> sharedScale = List.of();

  public HeatLayer layer() {
    return layer;
  }

  public void setLayer(HeatLayer layer) {
    this.layer = java.util.Objects.requireNonNull(layer);
  }

  /** The other runs whose tract values join this map's own in setting the colour scale. */
  public void shareScaleWith(List<WatchedRun> others) {
    this.sharedScale = List.copyOf(others);
  }

  /**
   * The colour scale of the chosen layer for {@code run}'s map: over its own tracts' values and
   * those of the runs it shares its scale with (those started). Call holding the schedule's
   * lock, as painting does.
   */
  public HeatLayer.Range range(WatchedRun run) {
    HeatLayer l = layer;
    double[] values = l.values(run);
    for (WatchedRun other : sharedScale) {
      if (other.layout() != null) {
        double[] more = l.values(other);
        double[] both = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, both, values.length, more.length);
        values = both;
      }
    }
    return l.range(values);
  }
}
