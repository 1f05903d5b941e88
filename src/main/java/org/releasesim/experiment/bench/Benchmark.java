package org.releasesim.experiment.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.releasesim.model.param.ScenarioParams;

/**
 * The performance benchmark, in one JVM: MASON's schedule ceiling, the model on a
 * county of a million, scaling in residents and years, what yearly checkpoints add, and sweep
 * throughput on 1 and 2 threads.
 * Every figure is reported as a {@link BenchFigure}, printed as it is measured. Timings on a
 * shared machine vary by a fifth from run to run, so each timed figure is the median of several
 * repetitions (one in the quick version).
 */
public final class Benchmark {
  /** Pending agents of the fixed-depth ceiling, kept constant so versions can be compared. */
  private static final int FIXED_AGENTS = 10_000;
  /**
   * What a ratio of the quick version says: its runs last a fraction of a second, once each,
   * so JIT compilation and other load decide the ratio more than the model does.
   */
  private static final String RATIO = "ratio";
  /** A ratio of timings given as a change in percent. */
  private static final String PERCENT = "%";
  private static final String QUICK_RATIO = "quick mode: too short to be meaningful";

  /** Days between checkpoints in the checkpoint measurement: one a simulated year. */
  private static final double YEARLY = 365;

  private final boolean quick;
  private final int repetitions;
  private final Consumer<String> log;
  private final Path scratch;
  private final List<BenchFigure> figures = new ArrayList<>();

  /**
   * @param quick a small version (100k residents, short horizons, no repetitions) for smoke tests
   * @param log receives human-readable lines as results come in
   * @param scratch a folder on the disk whose speed the checkpoint figures should reflect (where
   *     results go); they are written into a temporary folder inside it, deleted afterwards
   */
  public Benchmark(boolean quick, Consumer<String> log, Path scratch) {
    this.quick = quick;
    this.repetitions = quick ? 1 : 3;
    this.log = log;
    this.scratch = scratch;
  }

  /** Runs every measurement and returns the figures. */
  public List<BenchFigure> run(boolean tenMillion) {
    long million = quick ? 100_000 : 1_000_000;
    double years = quick ? 2 : 10;
    warmUp();
    BenchRun main = median(million, years);
    ceiling(main);
    scaling(million, years, main);
    checkpoints(million, years);
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

  /**
   * MASON's schedule with trivial agents, at the depth of heap the model kept (the like-for-like
   * ceiling) and at a fixed depth; then the model's events per second against both.
   */
  private void ceiling(BenchRun main) {
    long events = quick ? 500_000 : 4_000_000;
    int depth = (int) Math.max(1, Math.round(main.meanPending()));
    double matched = median(() -> ScheduleCeiling.eventsPerSecond(depth, events, 1),
        Double::doubleValue);
    double fixed = median(() -> ScheduleCeiling.eventsPerSecond(FIXED_AGENTS, events, 1),
        Double::doubleValue);
    add("schedule_ceiling", "trivial agents, " + depth + " pending (model's depth)", matched,
        "events/s");
    add("schedule_ceiling", "trivial agents, " + FIXED_AGENTS + " pending", fixed, "events/s");
    report("model", main);
    add("model", "ratio to ceiling at the model's depth", main.eventsPerSecond() / matched,
        RATIO);
    add("model", "ratio to ceiling at " + FIXED_AGENTS + " pending",
        main.eventsPerSecond() / fixed, RATIO);
  }

  private void scaling(long base, double years, BenchRun atBase) {
    BenchRun quarter = median(base / 4, years);
    BenchRun half = median(base / 2, years);
    BenchRun twice = median(base * 2, years);
    for (BenchRun r : List.of(quarter, half, atBase, twice)) {
      add("scaling_residents", r.residents() + " residents", r.wallSeconds(), "s");
    }
    add("scaling_residents", "ratio 2x residents (from base)",
        twice.wallSeconds() / atBase.wallSeconds(), RATIO);
    add("scaling_residents", "ratio 2x residents (half to base)",
        atBase.wallSeconds() / half.wallSeconds(), RATIO);
    BenchRun y5 = median(base, years / 2);
    BenchRun y20 = median(base, years * 2);
    for (BenchRun r : List.of(y5, atBase, y20)) {
      add("scaling_years", fmt(r.years()) + " years", r.wallSeconds(), "s");
    }
    add("scaling_years", "ratio 2x years (from base)", y20.wallSeconds() / atBase.wallSeconds(),
        RATIO);
    add("scaling_years", "ratio 2x years (half to base)",
        atBase.wallSeconds() / y5.wallSeconds(), RATIO);
  }

  /**
   * Yearly checkpoints: the benchmark county run without and with them, alternately, so that
   * the machine's changing load falls on both alike. Checkpoints cost in proportion to residents,
   * as the run does to residents times years, so the share is about the same for any county at
   * one checkpoint a year.
   */
  private void checkpoints(long residents, double years) {
    ScenarioParams params = BenchScenario.of(residents, years, 1);
    List<CheckpointCost> plain = new ArrayList<>();
    List<CheckpointCost> yearly = new ArrayList<>();
    for (int i = 0; i < repetitions; i++) {
      plain.add(CheckpointCost.measure(params, 0, scratch));
      yearly.add(CheckpointCost.measure(params, YEARLY, scratch));
    }
    CheckpointCost without = medianOf(plain);
    CheckpointCost with = medianOf(yearly);
    double extra = 100 * (with.wallSeconds() / without.wallSeconds() - 1);
    double megabytes = with.bytesEach() / 1e6;
    String line = String.format(Locale.ROOT,
        "yearly checkpoint: %+.1f%% wall time (%d checkpoints, %.0f MB each)", extra,
        with.checkpoints(), megabytes);
    log.accept(quick ? line + "  (" + QUICK_RATIO + ")" : line);
    add("checkpoint", "run without checkpoints, wall", without.wallSeconds(), "s");
    add("checkpoint", "run with yearly checkpoints, wall", with.wallSeconds(), "s");
    add("checkpoint", "yearly checkpoints: extra wall time", extra, PERCENT);
    add("checkpoint", "checkpoints written", with.checkpoints(), "checkpoints");
    add("checkpoint", "mean size of a checkpoint", megabytes, "MB");
  }

  private static CheckpointCost medianOf(List<CheckpointCost> runs) {
    List<CheckpointCost> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingDouble(CheckpointCost::wallSeconds));
    return sorted.get(sorted.size() / 2);
  }

  private void sweep() {
    // many mid-sized runs, as in a sweep
    int runs = quick ? 4 : 32;
    int residents = quick ? 20_000 : 100_000;
    double years = quick ? 2 : 3;
    double one = median(() -> SweepThroughput.runsPerSecond(1, runs, residents, years),
        Double::doubleValue);
    double two = median(() -> SweepThroughput.runsPerSecond(2, runs, residents, years),
        Double::doubleValue);
    add("sweep", "1 thread", one, "runs/s");
    add("sweep", "2 threads", two, "runs/s");
    add("sweep", "ratio 2 threads / 1", two / one, RATIO);
  }

  /** The run of median wall time among the repetitions of one size. */
  private BenchRun median(long residents, double years) {
    return median(() -> BenchRun.measure(BenchScenario.of(residents, years, 1)),
        BenchRun::wallSeconds);
  }

  /** The measurement of median {@code key} among {@link #repetitions} of it. */
  private <T> T median(Supplier<T> measurement, ToDoubleFunction<T> key) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < repetitions; i++) {
      values.add(measurement.get());
    }
    values.sort(Comparator.comparingDouble(key));
    return values.get(values.size() / 2);
  }

  private void report(String measure, BenchRun r) {
    add(measure, r.residents() + " residents, 2+" + fmt(r.years()) + " years, wall",
        r.wallSeconds(), "s");
    add(measure, "events", r.events(), "events");
    add(measure, "stale events (did nothing)", r.staleEvents(), "events");
    add(measure, "events per second", r.eventsPerSecond(), "events/s");
    add(measure, "mean events pending in the schedule", r.meanPending(), "events");
    add(measure, "peak heap (sampled)", r.peakHeapBytes() / 1e6, "MB");
    add(measure, "heap retained after GC", r.retainedBytes() / 1e6, "MB");
    add(measure, "bytes per resident", r.bytesPerResident(), "bytes");
  }

  private void add(String measure, String what, double value, String unit) {
    String note = quick && (unit.equals(RATIO) || unit.equals(PERCENT)) ? QUICK_RATIO : "";
    BenchFigure f = new BenchFigure(measure, what, value, unit, note);
    figures.add(f);
    log.accept(f.toLine());
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
