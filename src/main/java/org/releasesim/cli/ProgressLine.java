package org.releasesim.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.releasesim.experiment.RunProgress;
import org.releasesim.model.param.TimeParams;

/** A terminal progress bar over simulated days, with the simulated year and an ETA. */
final class ProgressLine implements RunProgress, AutoCloseable {
  private final ProgressBar bar;

  ProgressLine(String task, double totalDays, PrintStream err) {
    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.round(totalDays))
        .setUnit(" days", 1).showSpeed().setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250).setMaxRenderedLength(100)
        .setConsumer(new ConsoleProgressBarConsumer(err)).build();
  }

  @Override
  public void reached(double day, double totalDays, double warmupDays) {
    bar.stepTo(Math.round(day));
    double year = (day - warmupDays) / TimeParams.DAYS_PER_YEAR;
    bar.setExtraMessage(day < warmupDays
        ? String.format(java.util.Locale.ROOT, "warm-up, year %.1f", day / TimeParams.DAYS_PER_YEAR)
        : String.format(java.util.Locale.ROOT, "year %.1f", year));
  }

  @Override
  public void close() {
    bar.close();
  }
}
