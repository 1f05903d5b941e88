package org.releasesim.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The condition language: arithmetic, comparisons and logic over columns, and nothing else. */
class RowConditionTest {
  private static final List<String> COLUMNS = List.of("crimes", "crimes/UNAUTHORIZED",
      "contrast.crimes", "at_large_arrests");
  private static final double[] ROW = {41500, 600, -3, 40};

  private static boolean test(String text) {
    return RowCondition.compile(text, COLUMNS).test(ROW, "row 1");
  }

  @Test
  void comparesArithmeticOfColumnsWithTheUsualPrecedence() {
    assertTrue(test("crimes > 41000"));
    assertFalse(test("crimes > 41000 && at_large_arrests >= 50"));
    assertTrue(test("crimes > 41000 && at_large_arrests < 50 || crimes < 0"));
    assertTrue(test("(crimes - 41000) / 100 == 5"));
    assertTrue(test("!(crimes_UNAUTHORIZED < 600)"));
    assertTrue(test("contrast.crimes < 0 && contrast_crimes == -3"));
  }

  @Test
  void columnNamesBecomeIdentifiersByOneRule() {
    assertEquals("crimes_UNAUTHORIZED", RowCondition.identifier("crimes/UNAUTHORIZED"));
    assertEquals("trust_unauthorizedChill", RowCondition.identifier("trust.unauthorizedChill"));
    assertEquals("jurisdictions_0__iceOfficers",
        RowCondition.identifier("jurisdictions[0].iceOfficers"));
    assertEquals("_2x", RowCondition.identifier("2x"));
    assertEquals(List.of(0, 2), RowCondition.compile("contrast.crimes > 0 || crimes > 1",
        COLUMNS).columnsUsed());
  }

  @Test
  void anUnknownColumnIsNamedWithItsPositionAndTheAllowedNames() {
    DiscoveryException e = assertThrows(DiscoveryException.class,
        () -> RowCondition.compile("crimes > 1 && crimez > 2", COLUMNS));
    assertTrue(e.getMessage().contains("crimez (at column 15) is not a column"), e.getMessage());
    assertTrue(e.getMessage().contains("crimes/UNAUTHORIZED (crimes_UNAUTHORIZED)"),
        e.getMessage());
    assertTrue(e.getMessage().startsWith("--where \"crimes > 1 && crimez > 2\": "));
  }

  @Test
  void badSyntaxIsReportedWithItsColumn() {
    DiscoveryException e = assertThrows(DiscoveryException.class,
        () -> RowCondition.compile("crimes >", COLUMNS));
    assertTrue(e.getMessage().contains("cannot be read at column"), e.getMessage());
    assertTrue(e.getMessage().contains("Allowed columns: crimes,"), e.getMessage());
  }

  @Test
  void methodCallsObjectsAssignmentsAndLoopsAreRefused() {
    for (String hostile : List.of("crimes.toString() == '1'", "''.getClass() == null",
        "new('java.io.File', '/') == null", "crimes = 3", "x -> 1",
        "for (var i : [1]) { i }", "[1, 2] == null", "var a = 1; a > 0",
        "#pragma jexl.import java.lang\n crimes > 0", "java.lang.System.exit(0) == 0")) {
      assertThrows(DiscoveryException.class, () -> test(hostile), hostile);
    }
  }

  @Test
  void aResultThatIsNotTrueOrFalseIsRefused() {
    DiscoveryException e = assertThrows(DiscoveryException.class, () -> test("crimes + 1"));
    assertTrue(e.getMessage().contains("gives 41501.0 on row 1, not true or false"),
        e.getMessage());
  }
}
