package org.releasesim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.releasesim.model.CrimeType;
import org.releasesim.model.Group;

/**
 * Victimisation per 100,000 residents of the victim's own group, the reporting rate and the
 * share never reported, by victim group, from counts made by hand. The expected values are
 * worked out in the comments from the counts, not taken from the code.
 *
 * <p>Two counties, two weekly intervals (14 recorded days):
 * <ul>
 *   <li>A: residents CITIZEN 8,000, LAWFUL_NONCITIZEN 1,000, UNAUTHORIZED 2,000 at the end of
 *       week 1 and 3,000 at the end of week 2 (mean 2,500). Week 1: unauthorized victims of 3
 *       violent offences (1 reported) and 4 property offences (none reported); citizen victims
 *       of 10 property offences (5 reported). Week 2: unauthorized victims of 7 property
 *       offences (1 reported). No lawful non-citizen victims.</li>
 *   <li>B: residents CITIZEN 4,000, LAWFUL_NONCITIZEN 0, UNAUTHORIZED 500 in both weeks. Week 1:
 *       unauthorized victims of 2 violent offences, both reported.</li>
 * </ul>
 */
class VictimGroupOutputsTest {
  private static final int A = 0;
  private static final int B = 1;
  private static final int VIOLENT = CrimeType.VIOLENT.ordinal();
  private static final int PROPERTY = CrimeType.PROPERTY.ordinal();
  private static final int CITIZEN = Group.CITIZEN.ordinal();
  private static final int LAWFUL = Group.LAWFUL_NONCITIZEN.ordinal();
  private static final int UNAUTHORIZED = Group.UNAUTHORIZED.ordinal();
  private static final double YEAR = 365.25;
  private static final double TOLERANCE = 1e-9;

  private Metrics metrics;
  private final List<SeriesPoint> series = new ArrayList<>();
  private List<SummaryRow> summary;

  @BeforeEach
  void countTwoWeeksInTwoCounties() {
    metrics = new Metrics(List.of("A", "B"));
    residents(A, 8000, 1000, 2000);
    residents(B, 4000, 0, 500);
    victims(A, VIOLENT, UNAUTHORIZED, 3, 1);
    victims(A, PROPERTY, UNAUTHORIZED, 4, 0);
    victims(A, PROPERTY, CITIZEN, 10, 5);
    victims(B, VIOLENT, UNAUTHORIZED, 2, 2);
    metrics.closeInterval(7, 7, series::add);
    residents(A, 8000, 1000, 3000);
    residents(B, 4000, 0, 500);
    victims(A, PROPERTY, UNAUTHORIZED, 7, 1);
    metrics.closeInterval(14, 7, series::add);
    summary = new Summaries(metrics, 14).rows();
  }

  @Test
  void victimisationRateIsPerHundredThousandResidentsOfTheVictimsOwnGroupPerYear() {
    // 14 victims among 2,500 unauthorized residents on average over 14 days:
    // 14 / 2,500 x 100,000 / (14 / 365.25) = 100,000 x 365.25 / 2,500 = 14,610
    assertRate(14_610, summaryValue("A", "victimisation_rate", "all", "UNAUTHORIZED"));
    // the 3 violent ones: 3 x 100,000 x 365.25 / (2,500 x 14) = 3,130.714...
    assertRate(109_575_000.0 / 35_000,
        summaryValue("A", "victimisation_rate", "VIOLENT", "UNAUTHORIZED"));
    // 10 citizen victims among 8,000: 10 x 36,525,000 / (8,000 x 14) = 3,261.16...
    assertRate(365_250_000.0 / 112_000,
        summaryValue("A", "victimisation_rate", "all", "CITIZEN"));
    // no lawful non-citizen victims among 1,000: zero, not missing
    assertEquals(0, summaryValue("A", "victimisation_rate", "all", "LAWFUL_NONCITIZEN"));
    SummaryRow row = row("A", "victimisation_rate", "all", "UNAUTHORIZED").orElseThrow();
    assertEquals(Metric.Kind.RATE, row.kind());
    assertTrue(Double.isNaN(row.perYear()) && Double.isNaN(row.per100kPerYear()),
        "a rate's value is the rate; the columns per residents of all groups do not apply");
  }

  @Test
  void theVictimisationsRowsStayPerHundredThousandOfAllResidents() {
    // 14 victims over all of A's residents, 8,000 + 1,000 + 2,500 = 11,500 on average:
    // 14 x 36,525,000 / (11,500 x 14) = 3,176.08...
    SummaryRow row = row("A", "victimisations", "all", "UNAUTHORIZED").orElseThrow();
    assertEquals(14, row.value());
    assertRate(36_525_000.0 / 11_500, row.per100kPerYear());
  }

  @Test
  void totalsOverGroupsAndCountiesDivideSummedCountsBySummedResidents() {
    // every group of A: 24 victims over 11,500 residents = 24 x 36,525,000 / (11,500 x 14)
    assertRate(876_600_000.0 / 161_000, summaryValue("A", "victimisation_rate", "all", "all"));
    // unauthorized in both counties: 16 victims over 2,500 + 500 = 3,000 residents, which is
    // 13,914.29, not the mean of A's 14,610 and B's 10,435.71
    assertRate(16 * 36_525_000.0 / 42_000,
        summaryValue("all", "victimisation_rate", "all", "UNAUTHORIZED"));
    // reported: A 2 of 14, B 2 of 2; together 4 of 16
    assertEquals(0.25, summaryValue("all", "reporting_rate", "all", "UNAUTHORIZED"), TOLERANCE);
    assertEquals(0.75, summaryValue("all", "unreported_share", "all", "UNAUTHORIZED"),
        TOLERANCE);
  }

  @Test
  void unreportedShareAndReportingRateAddUpToOneForEveryGroup() {
    assertEquals(12.0 / 14, summaryValue("A", "unreported_share", "all", "UNAUTHORIZED"),
        TOLERANCE);
    assertEquals(0.5, summaryValue("A", "unreported_share", "all", "CITIZEN"), TOLERANCE);
    // unreported property victimisations of unauthorized residents: 4 of 4, then 6 of 7
    assertEquals(10.0 / 11, summaryValue("A", "unreported_share", "PROPERTY", "UNAUTHORIZED"),
        TOLERANCE);
    for (String where : List.of("A", "B", "all")) {
      for (String group : List.of("all", "CITIZEN", "UNAUTHORIZED")) {
        double reported = summaryValue(where, "reporting_rate", "all", group);
        double unreported = summaryValue(where, "unreported_share", "all", group);
        if (!Double.isNaN(reported)) {
          assertEquals(1, reported + unreported, TOLERANCE, where + " " + group);
        }
      }
    }
    for (SeriesPoint p : series) {
      if (p.metric().equals("reporting_rate")) {
        assertEquals(1, p.value() + unreportedOverTypes(p), TOLERANCE, p.toString());
      }
    }
    // a group without victims has no share to report
    assertTrue(Double.isNaN(summaryValue("A", "unreported_share", "all", "LAWFUL_NONCITIZEN")));
  }

  @Test
  void eachIntervalsRateIsAnnualisedOverTheGroupsResidentsAtTheIntervalsEnd() {
    // week 1, A: 3 violent victims among 2,000: 3 / 2,000 x 100,000 x 365.25 / 7 = 7,826.79
    assertRate(109_575_000.0 / 14_000,
        seriesValue(7, "A", "victimisation_rate", "VIOLENT", "UNAUTHORIZED"));
    // week 2, A: 7 property victims among 3,000: 7 / 3,000 x 100,000 x 365.25 / 7 = 12,175
    assertRate(12_175, seriesValue(14, "A", "victimisation_rate", "PROPERTY", "UNAUTHORIZED"));
    // week 2, A: no violent victims among 3,000 residents is a rate of zero
    assertEquals(0, seriesValue(14, "A", "victimisation_rate", "VIOLENT", "UNAUTHORIZED"));
    // week 1, A: 1 of 3 violent victimisations reported, 4 of 4 property ones not
    assertEquals(2.0 / 3, seriesValue(7, "A", "unreported_share", "VIOLENT", "UNAUTHORIZED"),
        TOLERANCE);
    assertEquals(1, seriesValue(7, "A", "unreported_share", "PROPERTY", "UNAUTHORIZED"));
    assertEquals(1.0 / 7, seriesValue(7, "A", "reporting_rate", "all", "UNAUTHORIZED"),
        TOLERANCE);
  }

  @Test
  void aCellWithNothingToDivideByIsLeftOutOfTheSeries() {
    assertFalse(point(7, "B", "victimisation_rate", "VIOLENT", "LAWFUL_NONCITIZEN").isPresent(),
        "B has no lawful non-citizen residents");
    assertFalse(point(7, "A", "reporting_rate", "all", "LAWFUL_NONCITIZEN").isPresent(),
        "A has no lawful non-citizen victims");
    assertFalse(point(14, "B", "unreported_share", "VIOLENT", "UNAUTHORIZED").isPresent(),
        "B has no victims in week 2");
  }

  @Test
  void counterRowsAreWrittenBeforeEveryDerivedRowOfTheInterval() {
    List<String> week1 = series.stream().filter(p -> p.day() == 7).map(SeriesPoint::metric)
        .toList();
    int firstDerived = week1.indexOf("victimisation_rate");
    assertTrue(firstDerived > week1.lastIndexOf("costs"), "derived rows follow the counters");
    assertTrue(week1.lastIndexOf("victimisation_rate") < week1.indexOf("reporting_rate"));
    assertTrue(week1.lastIndexOf("reporting_rate") < week1.indexOf("unreported_share"));
  }

  @Test
  void everyDerivedMetricCanBeComputedFromItsNumeratorAndDenominator() {
    for (Metric m : Metric.values()) {
      if (!m.derived()) {
        assertEquals(null, m.numerator(), m.id());
        continue;
      }
      assertEquals(Metric.Kind.FLOW, m.numerator().kind(), m.id());
      assertEquals(List.of(SeriesPoint.ALL), m.statuses(), m.id());
      for (Metric source : List.of(m.numerator(), m.denominator())) {
        assertTrue(m.types().size() == 1 || m.types().equals(source.types())
            || source.types().size() == 1, m.id() + " types from " + source.id());
        assertTrue(m.groups().size() == 1 || m.groups().equals(source.groups()),
            m.id() + " groups from " + source.id());
      }
      if (m.kind() == Metric.Kind.RATIO) {
        assertEquals(m.numerator().types(), m.denominator().types(), m.id());
        assertEquals(m.numerator().groups(), m.denominator().groups(), m.id());
        assertEquals(m.numerator().statuses(), m.denominator().statuses(), m.id());
      } else {
        assertEquals(Metric.RESIDENTS, m.denominator(), m.id());
        assertTrue(m.unit().endsWith("per 100k residents of the group per year"), m.unit());
      }
    }
  }

  @Test
  void derivedMetricsHaveNoCountersOfTheirOwn() {
    assertThrows(IllegalArgumentException.class,
        () -> metrics.total(Metric.VICTIMISATION_RATE, A, VIOLENT, UNAUTHORIZED, 0));
    assertThrows(IllegalArgumentException.class,
        () -> metrics.current(Metric.REPORTING_RATE, A, 0, UNAUTHORIZED, 0));
  }

  private void residents(int j, double citizens, double lawful, double unauthorized) {
    metrics.setStock(Metric.RESIDENTS, j, CITIZEN, citizens);
    metrics.setStock(Metric.RESIDENTS, j, LAWFUL, lawful);
    metrics.setStock(Metric.RESIDENTS, j, UNAUTHORIZED, unauthorized);
  }

  /** Victimisations as the model counts them: each one is either reported or not. */
  private void victims(int j, int type, int group, int count, int reported) {
    for (int i = 0; i < count; i++) {
      metrics.count(Metric.VICTIMISATIONS, j, type, group);
      metrics.count(i < reported ? Metric.REPORTED : Metric.UNREPORTED_UNCLEARED, j, type,
          group);
    }
  }

  private static void assertRate(double expected, double actual) {
    assertEquals(expected, actual, expected * TOLERANCE);
  }

  private Optional<SummaryRow> row(String where, String metric, String type, String group) {
    return summary.stream().filter(r -> r.jurisdiction().equals(where)
        && r.metric().equals(metric) && r.type().equals(type) && r.group().equals(group)
        && r.status().equals(SeriesPoint.ALL)).findFirst();
  }

  private double summaryValue(String where, String metric, String type, String group) {
    return row(where, metric, type, group).orElseThrow(() -> new AssertionError(
        "no summary row " + where + " " + metric + " " + type + " " + group)).value();
  }

  private Optional<Double> point(int day, String where, String metric, String type,
      String group) {
    return series.stream().filter(p -> p.day() == day && p.jurisdiction().equals(where)
        && p.metric().equals(metric) && p.type().equals(type) && p.group().equals(group))
        .map(SeriesPoint::value).findFirst();
  }

  private double seriesValue(int day, String where, String metric, String type, String group) {
    return point(day, where, metric, type, group).orElseThrow(() -> new AssertionError(
        "no series point " + day + " " + where + " " + metric + " " + type + " " + group));
  }

  /**
   * The interval's unreported share of a group over every crime type, from the series' own
   * counts (the series gives it by type only).
   */
  private double unreportedOverTypes(SeriesPoint rate) {
    double unreported = 0;
    double victims = 0;
    for (SeriesPoint p : series) {
      if (p.day() == rate.day() && p.jurisdiction().equals(rate.jurisdiction())
          && p.group().equals(rate.group())) {
        if (p.metric().equals("unreported_uncleared")) {
          unreported += p.value();
        } else if (p.metric().equals("victimisations")) {
          victims += p.value();
        }
      }
    }
    return unreported / victims;
  }
}
