package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;
import org.releasesim.model.param.BundledPolicy;
import sim.engine.SimState;

/**
 * A run written to a MASON checkpoint mid-way and read back ends exactly as one never stopped;
 * the population writes only what it holds, not its room to grow.
 */
class CheckpointTest {
  @Test
  void aRunResumedFromACheckpointEndsIdenticalToAnUninterruptedOne() throws Exception {
    var params = TestScenarios.county(30_000, BundledPolicy.NOTIFY_ONLY, 31);
    List<SeriesPoint> whole = new ArrayList<>();
    ReleaseSim uninterrupted = new ReleaseSim(params, whole::add);
    uninterrupted.runToEnd();

    List<SeriesPoint> pieces = new ArrayList<>();
    ReleaseSim first = new ReleaseSim(params, pieces::add);
    first.start();
    while (first.schedule.getTime() < 600 && first.advance()) {
      // run past the warm-up into the recorded period
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    first.writeToCheckpoint(bytes);
    ReleaseSim resumed = (ReleaseSim) SimState.readFromCheckpoint(
        new ByteArrayInputStream(bytes.toByteArray()));
    resumed.setSink(pieces::add);
    while (resumed.advance()) {
      // to the horizon
    }
    resumed.finish();
    assertTrue(resumed.personEvents() > 10_000);
    assertEquals(whole, pieces);
    assertEquals(summary(uninterrupted), summary(resumed));
  }

  @Test
  void aPopulationWritesOnlyTheRecordsInUseAndReadsThemBackExactly() throws Exception {
    Population population = new Population(1_000_000, 2);
    for (int p = 0; p < 10; p++) {
      population.add(Group.of(p % 3), -1000.0 * p, p % 2, 0.5f + p);
      population.increment(p);
    }
    population.setReleaseDay(4, 123.0);
    population.increment(12); // a counter used before its person is added
    population.increment(12);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(population);
    }
    assertTrue(bytes.size() < 5_000, "room for a million persons (32 MB) is not written: "
        + bytes.size() + " bytes");
    Population read;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (Population) in.readObject();
    }
    assertEquals(10, read.size());
    for (int p = 0; p < 13; p++) {
      assertEquals(population.get(p), read.get(p), "draws of " + p);
    }
    for (int p = 0; p < 10; p++) {
      assertEquals(population.group(p), read.group(p));
      assertEquals(population.birthDay(p), read.birthDay(p));
      assertEquals(population.tract(p), read.tract(p));
      assertEquals(population.propensity(p), read.propensity(p));
      assertEquals(population.releaseDay(p), read.releaseDay(p));
      assertEquals(population.state(p), read.state(p));
    }
    assertEquals(10, read.add(Group.CITIZEN, 0, 1, 1f), "the next person gets the next id");
    assertEquals(2, read.get(12), "and the counter already used is kept");
  }

  private static List<SummaryRow> summary(ReleaseSim sim) {
    return ModelRunTest.summary(sim);
  }
}
