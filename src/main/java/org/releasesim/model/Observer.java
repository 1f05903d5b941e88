package org.releasesim.model;

import org.releasesim.model.metrics.CostItem;
import org.releasesim.model.metrics.JailStock;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.Metrics;
import org.releasesim.model.param.CostParams;
import org.releasesim.model.param.TimeParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records the outputs: at the end of the warm-up it clears every counter; then at the end of each
 * output interval (and at the horizon) it sets the stocks, books bed-days and their costs, and
 * closes the interval into the time series.
 */
final class Observer implements Steppable {
  private static final long serialVersionUID = 1L;

  private final ReleaseSim sim;
  private double lastClose;

  Observer(ReleaseSim sim) {
    this.sim = sim;
  }

  void schedule(TimeParams time) {
    double start = time.warmupDays();
    sim.schedule.scheduleOnce(start, Orderings.OBSERVER, new RecordingStart(this));
    double interval = time.outputIntervalDays();
    int full = (int) Math.floor(time.recordedDays() / interval + 1e-9);
    for (int k = 1; k <= full; k++) {
      sim.schedule.scheduleOnce(start + k * interval, Orderings.OBSERVER, this);
    }
    if (start + full * interval < time.endDay() - 1e-9) {
      sim.schedule.scheduleOnce(time.endDay(), Orderings.OBSERVER, this);
    }
  }

  void startRecording(double now) {
    for (Jurisdiction j : sim.jurisdictions()) {
      j.jail().takeBedDays(now);
      j.iceCustody().takeIntegral(now);
    }
    sim.metrics().reset();
    lastClose = now;
  }

  @Override
  public void step(SimState state) {
    double now = sim.schedule.getTime();
    Metrics m = sim.metrics();
    CostParams costs = sim.params().costs();
    for (Jurisdiction j : sim.jurisdictions()) {
      int i = j.index();
      double jailDays = j.jail().takeBedDays(now);
      double iceDays = j.iceCustody().takeIntegral(now);
      m.add(Metric.JAIL_BED_DAYS, i, 0, 0, jailDays);
      m.add(Metric.ICE_BED_DAYS, i, 0, 0, iceDays);
      m.add(Metric.COSTS, i, 0, 0, CostItem.JAIL, jailDays * costs.jailBedDay());
      m.add(Metric.COSTS, i, 0, 0, CostItem.ICE_DETENTION, iceDays * costs.iceBedDay());
      setStocks(m, j);
    }
    int day = (int) Math.round(now - sim.warmupEnd());
    m.closeInterval(day, now - lastClose, sim.sink());
    lastClose = now;
    sim.intervalClosed();
  }

  private static void setStocks(Metrics m, Jurisdiction j) {
    int i = j.index();
    for (int g = 0; g < Group.count(); g++) {
      m.setStock(Metric.RESIDENTS, i, g, j.population(g));
      m.setStock(Metric.TRUST, i, g, j.trust().meanTrust(g));
    }
    m.setStock(Metric.JAIL_POPULATION, i, 0, JailStock.PRETRIAL, j.jail().count(PersonState.JAIL_PRETRIAL));
    m.setStock(Metric.JAIL_POPULATION, i, 0, JailStock.SENTENCED, j.jail().count(PersonState.JAIL_SENTENCED));
    m.setStock(Metric.JAIL_POPULATION, i, 0, JailStock.DETAINER_HOLD, j.jail().count(PersonState.DETAINER_HOLD));
    m.setStock(Metric.AT_LARGE_CASES_OPEN, i, 0, j.iceOffice().openCases());
    m.setStock(Metric.ICE_CUSTODY_POPULATION, i, 0, j.iceCustody().level());
  }
}
