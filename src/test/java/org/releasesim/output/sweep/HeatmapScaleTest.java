package org.releasesim.output.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A heatmap's colours do not make a small difference look large. */
class HeatmapScaleTest {
  @Test
  void cellsLessThanTenPerCentApartShareATenPerCentScaleAroundTheirMid() {
    // 16,600 and 16,733 differ by 0.8%: the palette spans 16,666.5 +- 833.3
    double mid = (16_600 + 16_733) / 2.0;
    assertArrayEquals(new double[] {mid * 0.95, mid * 1.05},
        Heatmaps.colourRange(16_600, 16_733), 1e-9);
  }

  @Test
  void cellsFarApartSpanTheirOwnRange() {
    assertArrayEquals(new double[] {100, 300}, Heatmaps.colourRange(100, 300), 1e-12);
  }

  @Test
  void differencesOfBothSignsAreCentredOnZero() {
    assertArrayEquals(new double[] {-5, 5}, Heatmaps.colourRange(-2, 5), 1e-12);
  }
}
