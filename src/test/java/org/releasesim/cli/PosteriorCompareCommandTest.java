package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.DataPackageCheck;

/**
 * {@code compare --posterior} end to end through picocli, on a town of 5,000 over one year with
 * a three-particle posterior, and its refusals.
 */
class PosteriorCompareCommandTest {
  private static final String SCENARIO = "scenarios/small-teaching.yaml";
  // the posterior a calibration writes may fit an entry of a list the scenario leaves out
  private static final String HEADER = "particle,weight,population.propensityShape,"
      + "reporting.unauthorizedFactor,offending.postRelease.periods[0].factor\n";
  private static final String TWO_KEYS = "particle,weight,population.propensityShape,"
      + "reporting.unauthorizedFactor\n";

  private static Path posterior(Path dir, String text) throws IOException {
    return Files.writeString(dir.resolve("posterior.csv"), text);
  }

  private static Path fixture(Path dir) throws IOException {
    return posterior(dir, HEADER + "0,0.5,0.11,0.46,3.7\n1,0.25,0.15,0.6,4.2\n"
        + "2,0.25,0.08,0.3,2.9\n");
  }

  private static CliRunner compare(Path posterior, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("compare", SCENARIO, "--policies",
        "HONOR_DETAINERS,NO_COOPERATION", "--posterior", posterior.toString(), "--out",
        out.toString(), "--quiet", "--set", "time.years=1", "--set", "time.warmupYears=0.5"));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private static Path resultsDir(CliRunner r) {
    String line = r.out.lines().filter(l -> l.startsWith("Results in ")).findFirst()
        .orElseThrow(() -> new AssertionError(r.out + r.err));
    return Path.of(line.substring("Results in ".length()).strip());
  }

  /**
   * Four draws from weights 0.5, 0.25, 0.25 by systematic resampling take particle 0 twice and
   * the others once each (4 w_j is whole, so every offset gives exactly that). Every file is
   * written, the policies of one draw share their seeds while draws do not, and one thread or
   * two give the same bytes.
   */
  @Test
  void aPosteriorComparisonWritesItsFilesAndDoesNotDependOnThreads(@TempDir Path tmp)
      throws IOException {
    Path posterior = fixture(tmp);
    CliRunner one = compare(posterior, tmp.resolve("one"), "--draws", "4", "--replications",
        "2", "--threads", "1", "--threshold", "crimes=+1%");
    assertEquals(0, one.exitCode, one.err);
    CliRunner two = compare(posterior, tmp.resolve("two"), "--draws", "4", "--replications",
        "2", "--threads", "2", "--threshold", "crimes=+1%");
    assertEquals(0, two.exitCode, two.err);
    Path a = resultsDir(one);
    Path b = resultsDir(two);
    for (String file : List.of("posterior-contrasts.csv", "draws.csv", "runs.csv",
        "compare.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
          file + " on 1 and 2 threads");
    }
    for (String file : List.of("points.csv", "index.html", "sweep.yaml",
        "charts/posterior_effect_no_cooperation_crimes.png",
        "charts/posterior_scatter_no_cooperation_crimes.png")) {
      assertTrue(Files.exists(a.resolve(file)), file);
    }
    assertTrue(one.out.contains("Under the posterior, the probability that NO_COOPERATION"
        + " raises crimes by more than 1% relative to HONOR_DETAINERS is "), one.out);
    assertTrue(one.out.contains("(4 draws \u00d7 2 replicates)."), one.out);
    assertTrue(Files.readString(a.resolve("index.html")).contains("the probability that"
        + " NO_COOPERATION raises crimes"), "the report prints the sentence");

    DataPackageCheck.describesEveryCsv(a);
    CliRunner again = CliRunner.run("sweep", a.resolve("sweep.yaml").toString(), "--out",
        tmp.resolve("again").toString(), "--quiet");
    assertEquals(0, again.exitCode, again.err);
    assertArrayEquals(Files.readAllBytes(a.resolve("runs.csv")),
        Files.readAllBytes(resultsDir(again).resolve("runs.csv")),
        "the folder's sweep.yaml repeats every run");

    List<String> draws = Files.readAllLines(a.resolve("draws.csv"));
    assertEquals(5, draws.size(), "a header and four draws");
    List<String> particles = draws.subList(1, 5).stream().map(l -> l.split(",")[1]).toList();
    assertEquals(List.of("0", "0", "1", "2"), particles);

    List<String> contrasts = Files.readAllLines(a.resolve("posterior-contrasts.csv"));
    List<String> header = List.of(contrasts.get(0).split(","));
    String crimes = contrasts.stream().filter(l -> l.startsWith("NO_COOPERATION,HONOR_DETAINERS,"
        + "crimes,")).findFirst().orElseThrow();
    String[] cells = crimes.split(",");
    assertEquals("4", cells[header.indexOf("draws")]);
    assertEquals("+1%", cells[header.indexOf("threshold")]);
    double p = Double.parseDouble(cells[header.indexOf("p_exceeds")]);
    assertTrue(p == 0 || p == 0.25 || p == 0.5 || p == 0.75 || p == 1, "a share of 4: " + p);
    double parameters = Double.parseDouble(cells[header.indexOf("parameter_share")]);
    double noise = Double.parseDouble(cells[header.indexOf("noise_share")]);
    assertEquals(1, parameters + noise, 1e-12, "the shares split the whole variance");

    // runs are numbered replicate by replicate, point by point; point = 2 * draw + policy
    Map<String, String> seedOf = new HashMap<>();
    List<String> runs = Files.readAllLines(a.resolve("runs.csv"));
    for (String row : runs.subList(1, runs.size())) {
      String[] c = row.split(",");
      int point = Integer.parseInt(c[1]);
      String key = (point / 2) + "/" + c[2];
      String earlier = seedOf.putIfAbsent(key, c[3]);
      if (earlier != null) {
        assertEquals(earlier, c[3], "both policies of draw/replicate " + key + " share a seed");
      }
    }
    assertEquals(8, seedOf.size());
    assertEquals(8, seedOf.values().stream().distinct().count(),
        "each draw has seeds of its own, even the two draws of particle 0");
    assertNotEquals(seedOf.get("0/0"), seedOf.get("1/0"));
  }

  @Test
  void aMissingOrMalformedPosteriorIsRefused(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    String missing = Refusals.refused(argsWith(tmp.resolve("nowhere.csv"), out)).err;
    assertTrue(missing.contains("nowhere.csv"), missing);
    String noWeight = Refusals.refused(argsWith(posterior(tmp,
        "particle,population.propensityShape\n0,0.11\n"), out)).err;
    assertTrue(noWeight.contains("line 1: no 'weight' column"), noWeight);
    String negative = Refusals.refused(argsWith(posterior(tmp,
        TWO_KEYS + "0,1.5,0.11,0.46\n1,-0.5,0.15,0.6\n"), out)).err;
    assertTrue(negative.contains("line 3, weight: -0.5 is negative"), negative);
    String infinite = Refusals.refused(argsWith(posterior(tmp,
        TWO_KEYS + "0,Infinity,0.11,0.46\n"), out)).err;
    assertTrue(infinite.contains("line 2, weight: Infinity is not finite"), infinite);
    String sum = Refusals.refused(argsWith(posterior(tmp,
        TWO_KEYS + "0,0.5,0.11,0.46\n1,0.4,0.15,0.6\n"), out)).err;
    assertTrue(sum.contains("the weights sum to 0.9"), sum);
    String comment = Refusals.refused(argsWith(posterior(tmp,
        TWO_KEYS + "# fitted by hand\n0,1,0.11,0.46\n"), out)).err;
    assertTrue(comment.contains("line 2: a comment line"), comment);
    String unknown = Refusals.refused(argsWith(posterior(tmp,
        "particle,weight,population.propensityShap\n0,1,0.11\n"), out)).err;
    assertTrue(unknown.contains("'population.propensityShap' is not a scenario parameter key"),
        unknown);
    String notHere = Refusals.refused(argsWith(posterior(tmp,
        "particle,weight,jurisdictions[3].population\n0,1,5000\n"), out)).err;
    assertTrue(notHere.contains("names no parameter of the scenario"), notHere);
    String outOfRange = Refusals.refused(argsWith(posterior(tmp,
        TWO_KEYS + "0,0.5,0.11,0.46\n1,0.5,0.15,7\n"), out)).err;
    assertTrue(outOfRange.contains("line 3 (particle 1)"), outOfRange);
    assertTrue(!Files.exists(out), "nothing is written for a refused posterior");
  }

  @Test
  void badDrawsReplicationsAndThresholdsAreRefused(@TempDir Path tmp) throws IOException {
    Path posterior = fixture(tmp);
    Path out = tmp.resolve("out");
    String draws = Refusals.refused(argsWith(posterior, out, "--draws", "1")).err;
    assertTrue(draws.contains("--draws 1: give 2 to 100000"), draws);
    String reps = Refusals.refused(argsWith(posterior, out, "--replications", "1")).err;
    assertTrue(reps.contains("within-draw variance needs at least two replicates"), reps);
    String text = Refusals.refused(argsWith(posterior, out, "--threshold", "crimes=lots")).err;
    assertTrue(text.contains("--threshold crimes=lots"), text);
    String outcome = Refusals.refused(argsWith(posterior, out, "--threshold",
        "felonies=+1%")).err;
    assertTrue(outcome.contains("--threshold felonies=+1%"), outcome);
    String twice = Refusals.refused(argsWith(posterior, out, "--threshold", "crimes=+1%",
        "--threshold", "crimes=+2%")).err;
    assertTrue(twice.contains("crimes twice"), twice);
    String alone = Refusals.refused("compare", SCENARIO, "--policies",
        "HONOR_DETAINERS,NO_COOPERATION", "--threshold", "crimes=+1%").err;
    assertTrue(alone.contains("--threshold needs --posterior"), alone);
    assertTrue(!Files.exists(out));
  }

  private static String[] argsWith(Path posterior, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("compare", SCENARIO, "--policies",
        "HONOR_DETAINERS,NO_COOPERATION", "--posterior", posterior.toString(), "--out",
        out.toString(), "--quiet", "--set", "time.years=1"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }
}
