package org.releasesim.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.SweepFixtures;

/**
 * The reports as a reader sees them: the run, comparison and sweep pages ({@code index.html}) of
 * tiny scenarios are opened in a real browser without a screen (Chromium). Every image loads,
 * the console shows no error (a file that fails to load shows as one), every table has rows and
 * is drawn, every link to a file beside the page finds it; a picture of each page is kept in
 * {@code <build folder>/report-pages/}. A deliberately broken page shows that each check
 * catches what it is for. Skipped, with a message, where no Chromium is installed.
 */
class ReportPagesInABrowserTest {
  private static final List<String> TINY = List.of("--set", "jurisdictions[0].population=1500",
      "--set", "time.warmupYears=0.1", "--set", "time.years=0.5");
  private static final Path TEACHING = Path.of("scenarios", "small-teaching.yaml")
      .toAbsolutePath();

  @TempDir
  static Path dir;
  /** Outside {@code dir}: the browser's own files are not what this test checks. */
  private static Path profile;
  private static HeadlessChromium browser;
  private static ReaderView reader;

  @BeforeAll
  static void openBrowser() throws IOException {
    Optional<Path> chromium = HeadlessChromium.find();
    assumeTrue(chromium.isPresent(), "report pages not checked in a browser: no chromium on"
        + " the PATH (Debian: apt-get install --no-install-recommends chromium)");
    profile = Files.createTempDirectory("release-sim-chromium-");
    browser = HeadlessChromium.start(chromium.get(), profile);
    reader = new ReaderView(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (profile != null) {
      deleteQuietly(profile);
    }
  }

  /** Removes the browser's profile; a file it could not remove is reported, never a failure. */
  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      System.err.println("the browser profile " + folder + " was not fully removed: " + e);
    }
  }

  @Test
  void theRunCompareAndSweepPagesShowEveryImageAndTableWithoutAnError() throws Exception {
    List<String> run = new ArrayList<>(List.of("run", TEACHING.toString(), "--quiet", "--out",
        dir.resolve("runs").toString()));
    run.addAll(TINY);
    SweepFixtures.Result r = ok(SweepFixtures.run(run.toArray(String[]::new)));
    Path runPage = Path.of(r.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .resolve("index.html");

    List<String> compare = new ArrayList<>(List.of("compare", TEACHING.toString(), "--quiet",
        "--out", dir.resolve("compare").toString(), "--policies",
        "NO_COOPERATION,HONOR_DETAINERS", "--replications", "2", "--threads", "2"));
    compare.addAll(TINY);
    Path comparePage = SweepFixtures.resultsDir(ok(SweepFixtures.run(
        compare.toArray(String[]::new)))).resolve("index.html");

    Path sweepFile = Files.writeString(dir.resolve("tiny-sweep.yaml"), "name: tiny-sweep\n"
        + "base: " + TEACHING + "\n"
        + "set: [\"jurisdictions[0].population=1500\", \"time.warmupYears=0.1\","
        + " \"time.years=0.5\"]\n"
        + "seed: 7\nreplications: 2\npaired: true\ndesign: {type: factorial}\n"
        + "factors:\n  - policy: [NO_COOPERATION, HONOR_DETAINERS]\n"
        + "  - key: jurisdictions[0].iceOfficers\n    values: [4, 12]\n"
        + "outcomes: [crimes, at_large_arrests]\ntimeSeries: [crimes]\n");
    Path sweepPage = SweepFixtures.resultsDir(ok(SweepFixtures.run("sweep",
        sweepFile.toString(), "--quiet", "--threads", "2", "--out",
        dir.resolve("sweeps").toString()))).resolve("index.html");

    Path pictures = buildFolder().resolve("report-pages");
    Files.createDirectories(pictures);
    for (Path page : List.of(runPage, comparePage, sweepPage)) {
      String name = page.getParent().getParent().getFileName().toString();
      ReaderView.Page seen = reader.open(page);
      Path picture = pictures.resolve((page == runPage ? "run" : page == comparePage ? "compare"
          : "sweep") + ".png");
      Files.write(picture, seen.screenshot());
      assertPageWhole(name, page, seen);
      BufferedImage shot = ImageIO.read(new ByteArrayInputStream(seen.screenshot()));
      assertTrue(shot.getWidth() >= 800 && shot.getHeight() >= 900, name + ": the picture "
          + picture + " is " + shot.getWidth() + " x " + shot.getHeight());
    }
  }

  @Test
  void eachCheckCatchesWhatItIsForOnABrokenPage() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.html"), """
        <!DOCTYPE html><html><head><title>broken</title></head><body>
        <h2>Charts</h2><img src="charts/missing.png" alt="a chart that is not there">
        <h2>Numbers</h2><table><tr><th>only a header</th></tr></table>
        <p><a href="summary.csv">summary.csv</a></p>
        <div style="width:3000px">a line wider than any window</div>
        <script>undefinedFunction();</script>
        </body></html>
        """);
    ReaderView.Page seen = reader.open(broken);
    assertEquals(List.of(new ReaderView.Image("charts/missing.png", 0)), seen.images());
    assertEquals(0, seen.tables().get(0).rows(), "a table with no data rows");
    assertTrue(seen.consoleErrors().stream().anyMatch(e -> e.contains("missing.png")),
        "the failed load: " + seen.consoleErrors());
    assertTrue(seen.consoleErrors().stream().anyMatch(e -> e.contains("undefinedFunction")),
        "the script error: " + seen.consoleErrors());
    assertEquals(List.of("summary.csv"), missingLinks(broken, seen));
    assertTrue(seen.width().page() > seen.width().window(), "the page wider than its window: "
        + seen.width());
  }

  /** Every image loaded, no console error, every table has rows and is drawn, links found. */
  private static void assertPageWhole(String name, Path page, ReaderView.Page seen) {
    assertEquals(List.of(), seen.consoleErrors(), name + ": console errors");
    assertFalse(seen.images().isEmpty(), name + ": no chart at all");
    for (ReaderView.Image image : seen.images()) {
      assertTrue(image.naturalWidth() > 0, name + ": image " + image.src() + " did not load");
    }
    assertFalse(seen.tables().isEmpty(), name + ": no table at all");
    for (ReaderView.Table table : seen.tables()) {
      assertTrue(table.rows() > 0 && table.height() > 0, name + ": the table under '"
          + table.near() + "' shows no rows (" + table + ")");
    }
    assertEquals(List.of(), missingLinks(page, seen), name + ": links to files not there");
    assertTrue(seen.width().page() <= seen.width().window(), name + ": the page is laid out "
        + seen.width().page() + " px wide in a window of " + seen.width().window() + " px");
  }

  private static List<String> missingLinks(Path page, ReaderView.Page seen) {
    return seen.links().stream().filter(link -> !Files.exists(page.resolveSibling(
        link.replaceAll("[#?].*$", "")))).toList();
  }

  private static SweepFixtures.Result ok(SweepFixtures.Result r) {
    assertEquals(0, r.exit(), r.err());
    return r;
  }

  /** The build folder ({@code target}, or what -DbuildDir names): the test classes' parent. */
  private static Path buildFolder() throws URISyntaxException {
    return Path.of(ReportPagesInABrowserTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).getParent();
  }
}
