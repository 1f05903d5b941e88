package org.releasesim.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Small sweeps and an in-process command runner for the experiment tests. */
public final class SweepFixtures {
  /** Overrides that make the baseline county tiny: 3,000 residents, half a year of warm-up. */
  public static final String TINY = "set: [\"jurisdictions[0].population=3000\","
      + " \"time.years=1\", \"time.warmupYears=0.5\"]\n";

  private SweepFixtures() {}

  /** The bundled baseline scenario, absolute. */
  public static Path baseline() {
    return Path.of("scenarios", "baseline.yaml").toAbsolutePath();
  }

  /** A sweep file {@code name}.yaml in {@code dir} with the given body after name/base/set. */
  public static Path sweepFile(Path dir, String name, String body) throws IOException {
    String text = "name: " + name + "\nbase: " + baseline() + "\n" + TINY + body;
    return Files.writeString(dir.resolve(name + ".yaml"), text);
  }

  /** A small paired factorial: 2 policies x 2 officer counts, 3 replicates, 12 runs. */
  public static Path smallFactorial(Path dir) throws IOException {
    return sweepFile(dir, "small", """
        seed: 42
        replications: 3
        paired: true
        design: {type: factorial}
        factors:
          - policy: [NO_COOPERATION, HONOR_DETAINERS]
          - key: jurisdictions[0].iceOfficers
            values: [4, 12]
        outcomes: [crimes, reporting_rate/UNAUTHORIZED]
        timeSeries: [crimes]
        """);
  }

  /** What a command printed and returned. */
  public record Result(int exit, String out, String err) {}

  /** Runs the experiment commands in this JVM, capturing their output. */
  public static Result run(String... args) {
    CommandLine cl = ExperimentCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** The folder a sweep or comparison printed as its results ("Results in DIR"). */
  public static Path resultsDir(Result r) {
    return Path.of(r.out().lines().filter(l -> l.startsWith("Results in "))
        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no results folder in:\n"
            + r.out() + r.err())).substring("Results in ".length()));
  }

  /** A file's bytes as text, for equality checks with readable diffs. */
  public static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
