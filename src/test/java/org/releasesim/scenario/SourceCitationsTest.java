package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceCitationsTest {
  @Test
  void theDesignNotesAreCitedAsTheOddSectionsThatHoldThem() {
    assertEquals("design choice (ODD sections 3-4)",
        SourceCitations.inRepository("MODEL.md design choice"));
    assertEquals("ODD section 7.3; no published elasticity",
        SourceCitations.inRepository("MODEL.md mechanism 3; no published elasticity"));
  }

  @Test
  void aPublishedSourceIsLeftAsItIs() {
    assertEquals("BJS Jail Inmates 2022", SourceCitations.inRepository("BJS Jail Inmates 2022"));
  }
}
