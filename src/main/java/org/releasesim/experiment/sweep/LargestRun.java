package org.releasesim.experiment.sweep;

import java.util.List;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.experiment.RunSize;
import org.releasesim.experiment.design.DesignPoint;
import org.releasesim.experiment.design.Factor;
import org.releasesim.model.param.ScenarioParams;

/**
 * The design point of a sweep whose runs need the most heap: factors that set a county's
 * population or tract grid, or the recorded period, make some points larger than the base
 * scenario, and every thread of a sweep may be running the largest at once.
 *
 * @param point the design point's index
 * @param size its runs' size
 */
public record LargestRun(int point, RunSize size) {
  /**
   * The largest point of a plan.
   *
   * @param base the base scenario with the sweep's own overrides, as every run starts from it
   */
  public static LargestRun of(SweepPlan plan, ScenarioParams base) {
    RunSize start = RunSize.of(base).holding(plan.timeSeries().isEmpty() ? RunSize.Series.NONE
        : RunSize.Series.WITH_MODEL);
    LargestRun largest = new LargestRun(-1, start);
    for (DesignPoint point : plan.points()) {
      RunSize size = sizeAt(start, plan.factors(), point);
      if (largest.point < 0 || bytes(size) > bytes(largest.size)) {
        largest = new LargestRun(point.index(), size);
      }
    }
    return largest;
  }

  /** Estimated peak heap of one of its runs, in bytes. */
  public long bytes() {
    return bytes(size);
  }

  private static RunSize sizeAt(RunSize start, List<Factor> factors, DesignPoint point) {
    RunSize size = start;
    for (int f = 0; f < factors.size(); f++) {
      for (String key : factors.get(f).keys()) {
        size = size.with(key, point.values().get(f));
      }
    }
    return size;
  }

  private static long bytes(RunSize size) {
    return MemoryEstimate.bytesNeeded(size);
  }
}
