package org.releasesim.gui;

/**
 * What the person at the screen has chosen to see: the heat-map layer. Set from the map
 * window's header (Swing thread) and read while painting, hence volatile.
 */
final class MapSettings {
  private volatile HeatLayer layer = HeatLayer.CRIME;

  HeatLayer layer() {
    return layer;
  }

  void setLayer(HeatLayer layer) {
    this.layer = java.util.Objects.requireNonNull(layer);
  }
}
