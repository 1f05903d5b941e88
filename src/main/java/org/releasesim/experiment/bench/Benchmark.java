package org.releasesim.experiment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The performance benchmark (issue 6), in one JVM: MASON's schedule ceiling, the model on a
 * county of a million, scaling in residents and years, and sweep throughput on 1 and 2 threads.
 * Every figure is reported as a {@link BenchFigure}, printed as it is measured.
 */
public final class Benchmark {
  /** Pending agents for the shallow-heap ceiling: about what the model's calendar keeps. */
  private static final int SHALLOW_AGENTS = 10_000;

  private final boolean quick;
  private final Consumer<String> log;
  private final List<BenchFigure> figures = new ArrayList<>();

  /**
   * @param quick a small version (100k residents, short horizons) for smoke tests
   * @param log receives human-readable lines as results come in
   */
  public Benchmark(boolean quick, Consumer<String> log) {
    this.quick = quick;
    this.log = log;
  }

  /** Runs every measurement and returns the figures. */
  public List<BenchFigure> run(boolean tenMillion) {
    long million = quick ? 100_000 : 1_000_000;
    double years = quick ? 2 : 10;
    warmUp();
    BenchRun main = BenchRun.measure(BenchScenario.of(million, years, 1));
    double ceiling = ScheduleCeiling.eventsPerSecond(quick ? 50_000 : 400_000,
        quick ? 500_000 : 4_000_000, 1);
    double shallow = ScheduleCeiling.eventsPerSecond(SHALLOW_AGENTS,
        quick ? 500_000 : 4_000_000, 1);
    add("schedule_ceiling", "trivial agents, county-deep heap", ceiling, "events/s");
    add("schedule_ceiling", "trivial agents, " + SHALLOW_AGENTS + " pending", shallow,
        "events/s");
    report("model", main);
    add("model", "ratio to ceiling (county-deep heap)", main.eventsPerSecond() / ceiling,
        "ratio");
    add("model", "ratio to ceiling (shallow heap)", main.eventsPerSecond() / shallow, "ratio");
    scaling(million, years, main);
    sweep();
    if (tenMillion) {
      report("ten_million", BenchRun.measure(BenchScenario.of(10_000_000, 10, 1)));
    }
    return List.copyOf(figures);
  }

  private void warmUp() {
    log.accept("warming up the JVM...");
    BenchRun.measure(BenchScenario.of(quick ? 20_000 : 200_000, 2, 99));
  }

  private void scaling(long base, double years, BenchRun atBase) {
    BenchRun quarter = BenchRun.measure(BenchScenario.of(base / 4, years, 1));
    BenchRun half = BenchRun.measure(BenchScenario.of(base / 2, years, 1));
    BenchRun twice = BenchRun.measure(BenchScenario.of(base * 2, years, 1));
    for (BenchRun r : List.of(quarter, half, atBase, twice)) {
      add("scaling_residents", r.residents() + " residents", r.wallSeconds(), "s");
    }
    add("scaling_residents", "ratio 2x residents (from base)",
        twice.wallSeconds() / atBase.wallSeconds(), "ratio");
    add("scaling_residents", "ratio 2x residents (half to base)",
        atBase.wallSeconds() / half.wallSeconds(), "ratio");
    BenchRun y5 = BenchRun.measure(BenchScenario.of(base, years / 2, 1));
    BenchRun y20 = BenchRun.measure(BenchScenario.of(base, years * 2, 1));
    for (BenchRun r : List.of(y5, atBase, y20)) {
      add("scaling_years", fmt(r.years()) + " years", r.wallSeconds(), "s");
    }
    add("scaling_years", "ratio 2x years (from base)", y20.wallSeconds() / atBase.wallSeconds(),
        "ratio");
    add("scaling_years", "ratio 2x years (half to base)",
        atBase.wallSeconds() / y5.wallSeconds(), "ratio");
  }

  private void sweep() {
    // many mid-sized runs, as in a sweep: each run's arrays fit the shared cache better
    int runs = quick ? 4 : 32;
    int residents = quick ? 20_000 : 100_000;
    double years = quick ? 2 : 3;
    double one = SweepThroughput.runsPerSecond(1, runs, residents, years);
    double two = SweepThroughput.runsPerSecond(2, runs, residents, years);
    add("sweep", "1 thread", one, "runs/s");
    add("sweep", "2 threads", two, "runs/s");
    add("sweep", "ratio 2 threads / 1", two / one, "ratio");
  }

  private void report(String measure, BenchRun r) {
    add(measure, r.residents() + " residents, 2+" + fmt(r.years()) + " years, wall",
        r.wallSeconds(), "s");
    add(measure, "events", r.events(), "events");
    add(measure, "events per second", r.eventsPerSecond(), "events/s");
    add(measure, "peak heap (sampled)", r.peakHeapBytes() / 1e6, "MB");
    add(measure, "heap retained after GC", r.retainedBytes() / 1e6, "MB");
    add(measure, "bytes per resident", r.bytesPerResident(), "bytes");
  }

  private void add(String measure, String what, double value, String unit) {
    BenchFigure f = new BenchFigure(measure, what, value, unit);
    figures.add(f);
    log.accept(f.toLine());
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
