package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

/** Runs a command that must be refused as bad input: exit 2, one paragraph, no stack trace. */
final class Refusals {
  /** Far more than any refusal takes; only a command that hangs or plans for minutes fails. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private Refusals() {}

  /** The refused command's output; its message is {@code err}. */
  static CliRunner refused(String... args) {
    return refusedWithin(PATIENCE, args);
  }

  static CliRunner refusedWithin(Duration limit, String... args) {
    CliRunner r = assertTimeoutPreemptively(limit, () -> CliRunner.run(args),
        String.join(" ", args));
    String message = r.err.strip();
    assertEquals(2, r.exitCode, String.join(" ", args) + "\n" + cut(message));
    assertFalse(message.contains("Exception") || message.contains("\tat "),
        "no stack trace: " + cut(message));
    assertTrue(message.lines().filter(l -> !l.isBlank()).count() <= 2,
        "one paragraph: " + cut(message));
    return r;
  }

  /** A message short enough to show in a failure. */
  static String cut(String message) {
    return message.length() <= 2_000 ? message : message.substring(0, 2_000) + "...";
  }
}
