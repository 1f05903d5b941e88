package org.releasesim.app;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.releasesim.experiment.RunProgress;
import org.releasesim.model.param.TimeParams;

/**
 * A run's progress over simulated days: on a terminal, a bar with the simulated year and an
 * ETA; elsewhere, whole lines ("baseline: 3.0 of 12 years (25%), 2.1 s elapsed").
 */
final class ProgressLine implements RunProgress, AutoCloseable {
  private final ProgressBar bar;
  private final PlainProgress lines;

  ProgressLine(String task, double totalDays, PrintStream err) {
    boolean terminal = PlainProgress.stderrIsTerminal();
    bar = !terminal ? null : new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(Math.round(totalDays)).setUnit(" days", 1).showSpeed()
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setMaxRenderedLength(100)
        .setConsumer(new ConsoleProgressBarConsumer(err)).build();
    lines = terminal ? null : new PlainProgress(err, task, System::nanoTime);
  }

  @Override
  public void reached(double day, double totalDays, double warmupDays) {
    if (lines != null) {
      lines.reached(day / totalDays, years(day, totalDays, warmupDays));
      return;
    }
    bar.stepTo(Math.round(day));
    double year = (day - warmupDays) / TimeParams.DAYS_PER_YEAR;
    bar.setExtraMessage(day < warmupDays
        ? String.format(Locale.ROOT, "warm-up, year %.1f", day / TimeParams.DAYS_PER_YEAR)
        : String.format(Locale.ROOT, "year %.1f", year));
  }

  /** "3.0 of 12 years" simulated, the warm-up included, and saying so while in it. */
  private static String years(double day, double totalDays, double warmupDays) {
    double total = totalDays / TimeParams.DAYS_PER_YEAR;
    String of = total == Math.rint(total) ? String.valueOf((long) total)
        : String.format(Locale.ROOT, "%.1f", total);
    return String.format(Locale.ROOT, "%.1f of %s years%s", day / TimeParams.DAYS_PER_YEAR, of,
        day < warmupDays ? ", warm-up" : "");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
