package org.releasesim.output.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Report numbers: grouped, decimals by size or by the interval, never an exponent. */
class PlainNumbersTest {
  @Test
  void levelsGetDecimalsBySize() {
    assertEquals("16,730", PlainNumbers.of(16_730.4));
    assertEquals("22.3", PlainNumbers.of(22.31));
    assertEquals("1.50", PlainNumbers.of(1.5));
    assertEquals("0.123", PlainNumbers.of(0.1234));
    assertEquals("0.000072", PlainNumbers.of(7.2e-5));
    assertEquals("", PlainNumbers.of(Double.NaN));
  }

  @Test
  void aDifferenceShowsTwoSignificantDigitsOfItsHalfWidth() {
    assertEquals("-34", PlainNumbers.of(-34.4, 120));
    assertEquals("-0.0001", PlainNumbers.of(-7.2e-5, 0.0012));
    assertEquals("[-0.0013, 0.0011]", PlainNumbers.interval(-0.00127, 0.00113, 0.0012));
    assertEquals("+1.3%", PlainNumbers.percent(0.0128));
  }
}
