package org.releasesim.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as whole lines, for a standard error that is not a terminal (a log file, a pipe, a
 * batch job's output): a bar redrawn with carriage returns turns into one long line there, cut
 * and shrunk to the width the library guesses. A line is printed every tenth of the work or
 * every 10 seconds, whichever comes later, so a log gets at most about ten lines a task, and
 * always at the end; a task shorter than 10 seconds prints only its last line.
 */
public final class PlainProgress {
  private static final double STEP = 0.1;
  private static final long MIN_NANOS = 10_000_000_000L;

  private final PrintStream err;
  private final String task;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastAt;
  private double lastFraction;

  public PlainProgress(PrintStream err, String task, LongSupplier nanoTime) {
    this.err = err;
    this.task = task;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.lastAt = start;
  }

  /**
   * Whether standard error is a terminal that can redraw a bar: the JVM has a console, and
   * where Linux tells (a redirected {@code 2>file} with a terminal on standard output leaves a
   * console), file descriptor 2 is a terminal device.
   */
  static boolean stderrIsTerminal() {
    if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return true; // not Linux: the console is all we know
    }
  }

  /**
   * Reports the share of the work done; prints "task: what (NN%), T s elapsed" when a line is
   * due.
   */
  public synchronized void reached(double fraction, String what) {
    long now = nanoTime.getAsLong();
    boolean end = fraction >= 1 && lastFraction < 1;
    if (end || (fraction - lastFraction >= STEP && now - lastAt >= MIN_NANOS)) {
      lastFraction = fraction;
      lastAt = now;
      err.printf(Locale.ROOT, "%s: %s (%d%%), %.1f s elapsed%n", task, what,
          (int) Math.floor(100 * Math.min(1, fraction)), (now - start) / 1e9);
      err.flush();
    }
  }
}
