package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CsvNumbersTest {
  private Locale saved;

  @BeforeEach
  void useGermanLocale() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(saved);
  }

  @Test
  void integralValuesHaveNoDecimalPart() {
    assertEquals("0", CsvNumbers.format(0.0));
    assertEquals("0", CsvNumbers.format(-0.0));
    assertEquals("42", CsvNumbers.format(42.0));
    assertEquals("-3", CsvNumbers.format(-3.0));
    assertEquals("123456789", CsvNumbers.format(123456789.0));
    assertEquals("999999999999999", CsvNumbers.format(999_999_999_999_999.0));
  }

  @Test
  void fractionsArePlainDecimalsWithAPointEvenInAGermanLocale() {
    assertEquals("0.1", CsvNumbers.format(0.1));
    assertEquals("2.5", CsvNumbers.format(2.5));
    assertEquals("-1234567.125", CsvNumbers.format(-1234567.125));
    assertEquals("0.0000001", CsvNumbers.format(1e-7));
    assertEquals("0.000000001", CsvNumbers.format(1e-9));
    assertEquals("0.30000000000000004", CsvNumbers.format(0.1 + 0.2));
  }

  @Test
  void extremeMagnitudesUseScientificNotation() {
    assertEquals("1.0E-12", CsvNumbers.format(1e-12));
    assertEquals("1.0E20", CsvNumbers.format(1e20));
  }

  @Test
  void missingAndInfiniteValuesHaveNamesRAndPandasRead() {
    assertEquals("", CsvNumbers.format(Double.NaN));
    assertEquals("Inf", CsvNumbers.format(Double.POSITIVE_INFINITY));
    assertEquals("-Inf", CsvNumbers.format(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(CsvNumbers.parse("")));
    assertTrue(Double.isNaN(CsvNumbers.parse("NA")));
    assertEquals(Double.NEGATIVE_INFINITY, CsvNumbers.parse("-Inf"));
  }

  @Test
  void everyFormattedValueParsesBackToTheSameDouble() {
    double[] awkward = {0.1, 1e-7, 123456789.0, 1.0 / 3, Math.PI * 1e6, 2.2250738585072014E-308,
        Double.MIN_VALUE, Double.MAX_VALUE, 9.007199254740993E15, 0.07, 1e-9, 9.99999e14,
        -5e-10, 4.35, 1e15, 123456.7890123};
    for (double value : awkward) {
      String text = CsvNumbers.format(value);
      assertEquals(value, CsvNumbers.parse(text), text);
      assertFalse(text.contains(","), text);
    }
  }
}
