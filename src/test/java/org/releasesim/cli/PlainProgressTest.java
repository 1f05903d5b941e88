package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.releasesim.app.PlainProgress;

/** The cadence of plain progress lines: every tenth or every 10 s, whichever comes later. */
class PlainProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong();
  private final PlainProgress progress = new PlainProgress(
      new PrintStream(bytes, true, StandardCharsets.UTF_8), "task", now::get);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private void at(long seconds, double fraction) {
    now.set(seconds * SECOND);
    progress.reached(fraction, "step " + fraction);
  }

  @Test
  void aShortTaskPrintsOnlyItsLastLine() {
    for (int i = 1; i <= 100; i++) {
      at(i / 20, i / 100.0);
    }
    assertEquals(List.of("task: step 1.0 (100%), 5.0 s elapsed"), lines());
  }

  @Test
  void aLongTaskPrintsEveryTenthWhenATenthTakesLongerThanTenSeconds() {
    for (int i = 1; i <= 100; i++) {
      at(3L * i, i / 100.0);
    }
    assertEquals(10, lines().size(), String.join("\n", lines()));
    assertEquals("task: step 0.1 (10%), 30.0 s elapsed", lines().get(0));
  }

  @Test
  void aFastTaskPrintsEveryTenSecondsWhenTenthsComeFaster() {
    for (int i = 1; i <= 100; i++) {
      at(i, i / 100.0);
    }
    assertEquals("task: step 0.1 (10%), 10.0 s elapsed", lines().get(0));
    assertEquals("task: step 0.2 (20%), 20.0 s elapsed", lines().get(1));
    assertEquals(10, lines().size());
  }
}
