package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.gui.launch.VirtualDisplay;

/**
 * {@code release-sim discover} end to end on a real sweep folder (a town of 5,000 for half a
 * year, 16 Latin-hypercube points over policy, ICE officers and the chilling effect) and on a
 * table of draws; and its refusals, each exit code 2 with one paragraph.
 */
class DiscoverCommandTest {
  @TempDir
  static Path tmp;
  private static Path sweepFolder;
  private static List<CSVRecord> runs;

  @BeforeAll
  static void sweep() throws IOException {
    Path file = tmp.resolve("tiny.yaml");
    Files.writeString(file, "name: tiny\nbase: " + Path.of("scenarios/small-teaching.yaml")
        .toAbsolutePath() + "\nset: [\"time.years=0.5\", \"time.warmupYears=0.25\"]\n"
        + "seed: 7\nreplications: 1\npaired: true\n"
        + "design: {type: latin-hypercube, samples: 16}\nfactors:\n"
        + "  - name: policy\n    policy: [NO_COOPERATION, HONOR_DETAINERS]\n"
        + "  - name: iceOfficers\n    key: jurisdictions[0].iceOfficers\n"
        + "    range: {min: 2, max: 20}\n"
        + "  - key: trust.unauthorizedChill\n    range: {min: 0, max: 0.3}\n"
        + "outcomes: [crimes, crimes/UNAUTHORIZED, at_large_arrests]\n");
    CliRunner s = CliRunner.run("sweep", file.toString(), "--out", tmp.resolve("sweeps")
        .toString(), "--quiet");
    assertEquals(0, s.exitCode, s.err);
    sweepFolder = only(tmp.resolve("sweeps").resolve("tiny"));
    runs = csv(sweepFolder.resolve("runs.csv"));
  }

  @Test
  void aSweepFolderGivesEveryFileAndABoxCentreThatRunAccepts() throws IOException {
    // a condition true in about half the runs: crimes above their median
    double[] crimes = runs.stream().mapToDouble(r -> Double.parseDouble(r.get("crimes")))
        .sorted().toArray();
    double median = (crimes[7] + crimes[8]) / 2;
    String where = String.format(Locale.ROOT, "crimes > %.6f", median);
    Path out = tmp.resolve("found");
    CliRunner d = CliRunner.run("discover", sweepFolder.toString(), "--where", where, "--out",
        out.toString());
    assertEquals(0, d.exitCode, d.err);
    Path dir = only(out.resolve("discover-tiny"));
    for (String f : List.of("peeling.csv", "box.csv", "peeling.png", "peeling.svg",
        "box-centre.yaml", "discovery.txt", "COMPLETE")) {
      assertTrue(Files.isRegularFile(dir.resolve(f)), f);
    }
    assertTrue(d.out.contains("holds in 8 of 16 rows"), d.out);
    assertTrue(d.out.contains("Results in " + dir), d.out);
    // the same folder and condition give the same bytes, in a folder of their own
    Path again = tmp.resolve("again");
    assertEquals(0, CliRunner.run("discover", sweepFolder.toString(), "--where", where, "--out",
        again.toString()).exitCode);
    Path dir2 = only(again.resolve("discover-tiny"));
    for (String f : List.of("peeling.csv", "box.csv", "peeling.png", "peeling.svg",
        "box-centre.yaml", "discovery.txt")) {
      assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve(f)),
          Files.readAllBytes(dir2.resolve(f))), f + " differs between two identical runs");
    }

    List<CSVRecord> peeling = csv(dir.resolve("peeling.csv"));
    assertEquals("1", peeling.get(0).get("coverage"));
    assertEquals("1", peeling.get(0).get("mass"));
    assertEquals("0.5", peeling.get(0).get("density"));
    List<CSVRecord> chosen = peeling.stream().filter(r -> r.get("chosen").equals("true"))
        .toList();
    assertEquals(1, chosen.size());

    // the box as box.csv states it, applied to runs.csv by hand, gives peeling.csv's figures
    Map<String, CSVRecord> box = csv(dir.resolve("box.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("parameter"), Function.identity()));
    int inside = 0;
    int hits = 0;
    for (CSVRecord run : runs) {
      boolean in = Arrays.asList(box.get("policy").get("categories").split(";"))
          .contains(run.get("policy"))
          && within(box.get("iceOfficers"), run.get("iceOfficers"))
          && within(box.get("trust.unauthorizedChill"), run.get("trust.unauthorizedChill"));
      if (in) {
        inside++;
        hits += Double.parseDouble(run.get("crimes")) > median ? 1 : 0;
      }
    }
    assertEquals(Integer.toString(inside), chosen.get(0).get("rows"));
    assertEquals(Integer.toString(hits), chosen.get(0).get("hits"));
    assertEquals(hits / 8.0, Double.parseDouble(chosen.get(0).get("coverage")), 1e-12);

    // the scenario sits at the box's centre: the midpoint of the officers' limits, rounded
    String yaml = Files.readString(dir.resolve("box-centre.yaml"));
    CSVRecord officers = box.get("iceOfficers");
    long mid = Math.round((Double.parseDouble(officers.get("lower"))
        + Double.parseDouble(officers.get("upper"))) / 2);
    assertTrue(yaml.contains("--set jurisdictions[0].iceOfficers=" + mid), yaml);
    assertTrue(yaml.contains("    iceOfficers: " + mid + "\n"), yaml);
    assertTrue(yaml.contains("\nname: tiny-box-centre\n"), yaml);
    CliRunner validate = CliRunner.run("validate", dir.resolve("box-centre.yaml").toString());
    assertEquals(0, validate.exitCode, validate.err);
    CliRunner run = CliRunner.run("run", dir.resolve("box-centre.yaml").toString(), "--out",
        tmp.resolve("runs").toString(), "--quiet", "--set", "time.years=0.1",
        "--set", "time.warmupYears=0");
    assertEquals(0, run.exitCode, run.err);
    opensInTheGui(dir.resolve("box-centre.yaml"));
  }

  /** The GUI opens the box's centre and draws its county (where a display can be had). */
  private static void opensInTheGui(Path scenario) throws IOException {
    String display = System.getenv("DISPLAY");
    if ((display == null || display.isBlank()) && VirtualDisplay.findXvfb().isEmpty()) {
      System.err.println("box centre not opened in the GUI: no DISPLAY and no Xvfb");
      return;
    }
    Path map = tmp.resolve("box-centre-map.png");
    CliRunner gui = CliRunner.run("gui", scenario.toString(), "--until", "0", "--screenshot",
        map.toString());
    assertEquals(0, gui.exitCode, gui.err);
    BufferedImage image = ImageIO.read(map.toFile());
    assertTrue(image != null && image.getWidth() >= 600 && image.getHeight() >= 500,
        "the GUI's picture of the box centre: " + map);
  }

  @Test
  void aTableOfDrawsNamesItsInputsAndItsCentreBecomesAScenario() throws IOException {
    // contrast.crimes is positive exactly when the chill exceeds 0.15; officers are noise
    StringBuilder csv = new StringBuilder("trust.unauthorizedChill,jurisdictions[0].iceOfficers,"
        + "contrast.crimes,label\n");
    ec.util.MersenneTwisterFast rng = new ec.util.MersenneTwisterFast(5);
    for (int i = 0; i < 400; i++) {
      double chill = rng.nextDouble() * 0.3;
      csv.append(chill).append(',').append(2 + rng.nextInt(19)).append(',')
          .append(chill > 0.15 ? 10 + rng.nextDouble() : -10 + rng.nextDouble())
          .append(",draw ").append(i).append('\n');
    }
    Path draws = tmp.resolve("draws.csv");
    Files.writeString(draws, csv.toString());
    Path out = tmp.resolve("drawn");
    CliRunner d = CliRunner.run("discover", "--table", draws.toString(), "--inputs",
        "trust.unauthorizedChill,jurisdictions[0].iceOfficers", "--where", "contrast.crimes > 0",
        "--base", "scenarios/small-teaching.yaml", "--threshold", "1", "--out", out.toString());
    assertEquals(0, d.exitCode, d.err);
    Path dir = only(out.resolve("discover-draws"));
    Map<String, CSVRecord> box = csv(dir.resolve("box.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("parameter"), Function.identity()));
    CSVRecord chill = box.get("trust.unauthorizedChill");
    assertEquals("true", chill.get("restricted"));
    assertEquals(0.15, Double.parseDouble(chill.get("lower")), 0.01);
    assertTrue(Double.parseDouble(chill.get("quasi_p")) < 1e-6, chill.toString());
    assertEquals("false", box.get("jurisdictions[0].iceOfficers").get("restricted"));
    String yaml = Files.readString(dir.resolve("box-centre.yaml"));
    assertTrue(yaml.contains("--set jurisdictions[0].iceOfficers=11"), yaml);
    assertEquals(0, CliRunner.run("validate", dir.resolve("box-centre.yaml").toString())
        .exitCode);
    // the dotted name also goes as an identifier; label (text) is no outcome
    CliRunner same = CliRunner.run("discover", "--table", draws.toString(), "--inputs",
        "trust.unauthorizedChill", "--where", "contrast_crimes > 0 && label > 1", "--out",
        out.toString());
    assertEquals(2, same.exitCode);
    assertTrue(same.err.contains("label (at column 24) is not a column"), same.err);
  }

  @Test
  void badInputsExitTwoWithOneParagraph() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    String folder = sweepFolder.toString();
    Object[][] cases = {
        {new String[] {"discover", tmp.resolve("missing").toString(), "--where", "crimes > 1"},
            "is not a folder"},
        {new String[] {"discover", empty.toString(), "--where", "crimes > 1"},
            "is not a sweep's results folder: it holds no sweep.yaml, base.yaml, runs.csv"},
        {new String[] {"discover", folder, "--where", "crimes >"}, "cannot be read at column"},
        {new String[] {"discover", folder, "--where", "crimez > 1"},
            "crimez (at column 1) is not a column it may use"},
        {new String[] {"discover", folder, "--where", "crimes < 0"},
            "is true in none of the 16 rows"},
        {new String[] {"discover", folder, "--where", "crimes.toString() == '1'"},
            "method call"},
        {new String[] {"discover", folder, "--where", "crimes_UNAUTHORIZED * 2"},
            "not true or false"},
        {new String[] {"discover", folder, "--where", "crimes > 1", "--inputs", "officers"},
            "'officers' is not a factor of the sweep"},
        {new String[] {"discover", folder, "--where", "crimes > 1", "--alpha", "0.7"},
            "--alpha 0.7"},
        {new String[] {"discover", "--where", "crimes > 1"}, "not neither"},
        {new String[] {"discover", "--table", tmp.resolve("no.csv").toString(), "--inputs", "a",
            "--where", "b > 1"}, "no such file"},
    };
    for (Object[] c : cases) {
      String[] args = (String[]) c[0];
      CliRunner r = CliRunner.run(args);
      String shown = String.join(" ", args);
      assertEquals(2, r.exitCode, shown + "\n" + r.err);
      assertTrue(r.err.contains((String) c[1]), shown + "\n" + r.err);
      assertTrue(r.err.startsWith("error: "), r.err);
      assertEquals(1, r.err.strip().lines().count(), "one paragraph: " + r.err);
      assertFalse(r.err.contains("Exception"), r.err);
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("discover-")));
    }
  }

  private static boolean within(CSVRecord limit, String value) {
    double v = Double.parseDouble(value);
    return v >= Double.parseDouble(limit.get("lower")) && v <= Double.parseDouble(limit
        .get("upper"));
  }

  private static Path only(Path parent) throws IOException {
    try (Stream<Path> list = Files.list(parent)) {
      List<Path> all = new ArrayList<>(list.toList());
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
          .getRecords();
    }
  }
}
