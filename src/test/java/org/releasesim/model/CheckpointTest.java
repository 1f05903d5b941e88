package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;
import org.releasesim.model.param.BundledPolicy;
import sim.engine.SimState;

/** A run written to a MASON checkpoint mid-way and read back ends exactly as one never stopped. */
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

  private static List<SummaryRow> summary(ReleaseSim sim) {
    return ModelRunTest.summary(sim);
  }
}
