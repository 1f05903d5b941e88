package org.releasesim.model.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key paths into the parameter records, as every command resolves them. */
class ParamSchemaTest {
  private final ScenarioParams defaults = ScenarioParams.DEFAULTS;

  @Test
  void aKeyPathEndsAtTheComponentItNames() {
    assertEquals(ParamKind.INT, ParamSchema.componentAt("jurisdictions[0].iceOfficers")
        .orElseThrow().kind());
    assertEquals(ParamKind.LONG, ParamSchema.componentAt("seed").orElseThrow().kind());
    ParamComponent chill = ParamSchema.componentAt("trust.unauthorizedChill").orElseThrow();
    assertEquals(ParamKind.DOUBLE, chill.kind());
    assertEquals(0, chill.param().min());
    assertEquals(1, chill.param().max());
    assertEquals(ParamKind.RECORD_LIST, ParamSchema.componentAt("jurisdictions").orElseThrow()
        .kind(), "a list without an index is the list itself");
  }

  @Test
  void aPathThatNamesNoParameterFindsNothing() {
    for (String path : new String[] {"trust.nope", "jurisdictions.iceOfficers", "time[0].years",
        "trust.enabled.more", "", "jurisdictions[0]..policy", "jurisdictions[x].policy"}) {
      assertEquals(Optional.empty(), ParamSchema.componentAt(path), path);
    }
  }

  @Test
  void aValueIsReadAlongThePathAndAMissingListItemIsNothing() {
    assertEquals(defaults.trust().unauthorizedChill(),
        ParamSchema.valueAt(defaults, "trust.unauthorizedChill").orElseThrow());
    assertEquals(defaults.jurisdictions().get(0).policy(),
        ParamSchema.valueAt(defaults, "jurisdictions[0].policy").orElseThrow());
    int items = defaults.jurisdictions().size();
    assertTrue(ParamSchema.valueAt(defaults, "jurisdictions[" + items + "].policy").isEmpty());
  }

  @Test
  void aCopyChangesOneValueAndChecksItsDeclaredRange() {
    ScenarioParams off = ParamSchema.with(defaults, "trust.enabled", !defaults.trust().enabled());
    assertEquals(!defaults.trust().enabled(), off.trust().enabled());
    assertEquals(defaults.trust().unauthorizedChill(), off.trust().unauthorizedChill());
    assertEquals(defaults.jurisdictions(), off.jurisdictions());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParamSchema.with(defaults, "trust.unauthorizedChill", 1.5));
    assertEquals("trust.unauthorizedChill must be between 0 and 1 (got 1.5)", e.getMessage());
  }
}
