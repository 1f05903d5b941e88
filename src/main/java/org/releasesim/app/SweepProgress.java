package org.releasesim.app;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The sweep's progress: on a terminal, a bar of runs done of runs planned, runs per second and
 * the time left; elsewhere, whole lines ("small: 12 of 48 runs (25%), 3.1 s elapsed"). Runs
 * already done before a resume count as done but not in the speed. Thread-safe: workers step it.
 */
final class SweepProgress implements AutoCloseable {
  private final ProgressBar bar;
  private final PlainProgress lines;
  private final long total;
  private long done;

  /** Progress on {@code err}, or none when {@code err} is null (--quiet). */
  SweepProgress(String task, long total, long alreadyDone, PrintStream err) {
    boolean terminal = err != null && PlainProgress.stderrIsTerminal();
    bar = !terminal ? null : new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .startsFrom(alreadyDone, Duration.ZERO).setUnit(" runs", 1)
        .showSpeed(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setSpeedUnit(ChronoUnit.SECONDS).setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500).setMaxRenderedLength(100)
        .setConsumer(new ConsoleProgressBarConsumer(err)).build();
    lines = err == null || terminal ? null : new PlainProgress(err, task, System::nanoTime);
    this.total = total;
    this.done = alreadyDone;
  }

  /** One more run done. */
  void step() {
    if (bar != null) {
      bar.step();
    } else if (lines != null) {
      synchronized (this) {
        done++;
        lines.reached(total == 0 ? 1 : (double) done / total, done + " of " + total + " runs");
      }
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
