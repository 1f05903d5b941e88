package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.sweep.LargestRun;
import org.releasesim.experiment.sweep.SweepFileReader;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.experiment.sweep.SweepPlanner;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.ScenarioReader;

/** The heap estimate counts every structure that grows with a run, and a sweep's largest point. */
class MemoryEstimateTest {
  private static final Path TINY = Path.of("src/test/resources/golden/tiny.yaml");

  @Test
  void theSeriesRowsBoundHoldsForARealRun() {
    ScenarioParams tiny = new ScenarioReader().read(TINY, List.of()).params();
    int rows = RunDriver.run(tiny, true, RunProgress.NONE).series().size();
    long bound = RunSize.of(tiny).seriesRows();
    // an upper bound (derived cells with nothing to divide by are left out), yet a close one
    assertTrue(bound >= rows && bound <= rows * 1.05, bound + " for " + rows + " rows");
  }

  @Test
  void manyLargeTractGridsNeedMoreThanTheirResidentsSuggest() {
    // 64 counties of 200 x 200 tracts and 2,000 residents each: 2,560,000 tracts at about 300
    // bytes each (measured after start) is 768 MB on its own, above a 512 MB heap; the
    // residents (128,000 x 200 bytes = 26 MB) are nothing beside it
    RunSize size = new RunSize(Collections.nCopies(64, new RunSize.County(2_000, 200, 200)),
        0.2, 7, RunSize.Series.AFTER_MODEL);
    assertEquals(2_560_000, size.tracts());
    assertTrue(MemoryEstimate.bytesNeeded(size) > 2_560_000L * 300, "tracts are counted");
    assertTrue(MemoryEstimate.bytesNeeded(size) > 512L << 20);
  }

  @Test
  void aSetKeyChangesTheSizeOnlyWhereItSetsACountyOrThePeriod() {
    RunSize base = RunSize.of(new ScenarioReader().read(TINY, List.of()).params());
    assertEquals(60_000, base.with("jurisdictions[0].population", "60000").residents());
    assertEquals(16 * 50 / 4, base.with("jurisdictions[0].tractColumns", "50").tracts());
    // tiny writes 13 intervals of 30 days in its year; two years of 15 days are 49
    assertEquals(base.seriesRows() / 13 * 49, base.with("time.years", "2").with(
        "time.outputIntervalDays", "15").seriesRows());
    assertEquals(base, base.with("trust.unauthorizedChill", "0.3"));
    assertEquals(base, base.with("jurisdictions[0].policy", "HONOR_DETAINERS"));
    assertEquals(base, base.with("jurisdictions[5].population", "60000"), "no such county");
    assertEquals(RunSize.Series.AFTER_MODEL, base.series());
  }

  @Test
  void aSweepIsSizedByItsLargestDesignPoint() {
    String text = "name: t\nbase: " + TINY.toAbsolutePath() + "\nseed: 1\nreplications: 1\n"
        + "design: {type: factorial}\nfactors:\n"
        + "  - key: jurisdictions[0].population\n    values: [6000, 900000, 20000]\n"
        + "  - key: jurisdictions[0].tractRows\n    values: [4, 40]\n";
    SweepPlan plan = SweepPlanner.plan(new SweepFileReader().parse(text, Path.of("t.yaml")),
        false);
    ScenarioParams base = new ScenarioReader().read(TINY, List.of()).params();
    LargestRun largest = LargestRun.of(plan, base);
    assertEquals(List.of("900000", "40"), plan.points().get(largest.point()).values());
    assertEquals(900_000, largest.size().residents());
    assertEquals(4 * 40, largest.size().tracts());
    assertEquals(RunSize.Series.NONE, largest.size().series(), "no timeSeries: no rows kept");
    assertTrue(largest.bytes() > MemoryEstimate.bytesNeeded(RunSize.of(base)));
  }

  @Test
  void aRunReadsItsSeriesBackOnceItsModelIsGoneWhileASweepKeepsThemBesideIt() {
    // 10,000,000 residents in five counties over bench's 10 years: the model (2.0 GB) and the
    // series read back (825,000 rows, 0.3 GB) are never in memory together in a run, so -Xmx2g
    // holds it, as measured; a sweep keeping the series beside the model needs both
    RunSize run = new RunSize(Collections.nCopies(5, new RunSize.County(2_000_000, 10, 10)),
        10, 7, RunSize.Series.AFTER_MODEL);
    assertTrue(MemoryEstimate.bytesNeeded(run) < 2L << 30);
    long both = MemoryEstimate.bytesNeeded(run.holding(RunSize.Series.WITH_MODEL));
    assertEquals(run.seriesRows() * MemoryEstimate.BYTES_PER_SERIES_ROW,
        both - MemoryEstimate.bytesNeeded(run.holding(RunSize.Series.NONE)));
  }

  @Test
  void amountsReadAsPeopleWriteThem() {
    assertEquals("480 MB", MemoryEstimate.describe(480_000_000L));
    assertEquals("1.3 GB", MemoryEstimate.describe(1_300_000_000L));
  }
}
