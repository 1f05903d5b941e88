package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --help} of the top command and of every subcommand prints cleanly. picocli formats
 * descriptions with {@code String.format}, so a bare {@code %} ("95% interval") makes it print a
 * warning on standard error. Its tracer binds {@code System.err} once per JVM, so the help runs
 * in a child JVM whose standard error is a file.
 */
class HelpTextTest {
  /** Runs {@code --help} of every command in this JVM; prints one "exit NAME CODE" per command. */
  public static void main(String[] args) {
    List<String> names = new ArrayList<>(List.of(""));
    names.addAll(Main.commandLine().getSubcommands().keySet());
    for (String name : names) {
      String[] help = name.isEmpty() ? new String[] {"--help"} : new String[] {name, "--help"};
      int code = Main.commandLine().execute(help);
      System.out.println("exit " + (name.isEmpty() ? "release-sim" : name) + " " + code);
    }
  }

  @Test
  void everyCommandsHelpPrintsWithoutWarnings(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        HelpTextTest.class.getName()).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the help commands did not finish");
    String printed = read(out);
    String warnings = read(err);
    assertFalse(warnings.contains("WARN"), warnings);
    List<String> exits = printed.lines().filter(l -> l.startsWith("exit ")).toList();
    assertEquals(Main.commandLine().getSubcommands().size() + 1, exits.size(), printed);
    for (String exit : exits) {
      assertTrue(exit.endsWith(" 0"), exit);
    }
    assertTrue(printed.contains("95% interval") && !printed.contains("95%%"), printed);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
