package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.releasesim.model.param.BundledPolicy;

/** Each kind of person event has exactly one process in charge of it. */
class EventHandlersTest {
  @Test
  void aSecondHandlerForAKindIsRefused() {
    ReleaseSim sim = new ReleaseSim(TestScenarios.county(2_000, BundledPolicy.HONOR_DETAINERS, 1), null);
    sim.start();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> sim.register((event, now) -> { }, PersonEvent.Kind.HOLD_EXPIRY));
    assertTrue(e.getMessage().contains("HOLD_EXPIRY"), e.getMessage());
  }
}
