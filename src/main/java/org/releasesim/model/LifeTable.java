package org.releasesim.model;

/**
 * Survival by age: the US period life table's survivors l(x) at five-year ages, linear between
 * them (deaths spread evenly within an interval, as the life table assumes), with the open age
 * interval 85+ closed by a constant hazard equal to 1 / e(85), as NCHS closes it. Deaths are drawn
 * from it exactly, and the initial population's ages from its stationary population (the life
 * table's L(x)), so that births replacing deaths keep the age structure where it starts.
 *
 * <p>Source: National Center for Health Statistics, United States Life Tables, 2013 (Arias, Heron
 * and Xu 2017, National Vital Statistics Reports 66(3)), total population: l(x) at ages 0, 1, 5,
 * ..., 85 rounded to three significant figures below age 50, e(85) = 6.6 years. The published
 * life expectancies at birth (78.8) and at 65 (19.3) are checked against this table in the tests.
 */
final class LifeTable implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Ages (years) at which survivors are tabulated; the last opens the 85+ interval. */
  private static final double[] AGES = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65,
      70, 75, 80, 85};
  /** Survivors to each age out of 100,000 births. */
  private static final double[] SURVIVORS = {100_000, 99_402, 99_310, 99_250, 99_180, 98_890,
      98_400, 97_830, 97_170, 96_380, 95_360, 93_830, 91_550, 88_350, 84_100, 78_200, 69_900,
      58_900, 42_169};
  /** Life expectancy at 85 (years): the open interval's mean, so its hazard is 1 / e85. */
  private static final double E85 = 6.57;
  /** Oldest age reached: the exponential tail is cut here (survival there is below 1e-7). */
  static final double MAX_AGE = 110;

  private final double multiplier;
  /** Person-years lived from 0 to each whole age (the stationary population, cumulated). */
  private final double[] lived = new double[(int) MAX_AGE + 1];

  /**
   * @param mortalityMultiplier scales every age's death hazard (1 = the table as published)
   */
  LifeTable(double mortalityMultiplier) {
    this.multiplier = mortalityMultiplier;
    for (int a = 1; a <= MAX_AGE; a++) {
      lived[a] = lived[a - 1] + personYears(a - 1, a);
    }
  }

  /** Share of births surviving to {@code age} years. */
  double survival(double age) {
    double s = tableSurvival(age);
    return multiplier == 1 ? s : Math.pow(s, multiplier);
  }

  private static double tableSurvival(double age) {
    if (age >= MAX_AGE) {
      return 0;
    }
    int last = AGES.length - 1;
    if (age >= AGES[last]) {
      return SURVIVORS[last] / SURVIVORS[0] * Math.exp(-(age - AGES[last]) / E85);
    }
    int i = interval(age);
    double w = (age - AGES[i]) / (AGES[i + 1] - AGES[i]);
    return (SURVIVORS[i] + w * (SURVIVORS[i + 1] - SURVIVORS[i])) / SURVIVORS[0];
  }

  /** The tabulated interval holding {@code age} (below 85): ages 0, 1, then every five years. */
  private static int interval(double age) {
    if (age < AGES[1]) {
      return 0;
    }
    return (int) Math.min(AGES.length - 2, age < AGES[2] ? 1 : 1 + Math.floor(age / 5));
  }

  /** Age (years) by which survival has fallen to {@code s}: the inverse of {@link #survival}. */
  double ageAtSurvival(double s) {
    double target = multiplier == 1 ? s : Math.pow(s, 1 / multiplier);
    int last = AGES.length - 1;
    double atLast = SURVIVORS[last] / SURVIVORS[0];
    if (target <= atLast) {
      double age = AGES[last] + E85 * Math.log(atLast / target);
      return Math.min(age, MAX_AGE);
    }
    for (int i = 0; i < last; i++) {
      double hi = SURVIVORS[i] / SURVIVORS[0];
      double lo = SURVIVORS[i + 1] / SURVIVORS[0];
      if (target >= lo) {
        return target >= hi ? AGES[i] : AGES[i] + (hi - target) / (hi - lo)
            * (AGES[i + 1] - AGES[i]);
      }
    }
    return AGES[last];
  }

  /**
   * Age at death of a person alive at {@code age}, for a uniform {@code u}: survival beyond it,
   * given survival to {@code age}, is 1 - u.
   */
  double ageAtDeath(double age, double u) {
    return Math.max(age, ageAtSurvival((1 - u) * survival(age)));
  }

  /** Person-years lived between two ages per birth (whole-year steps; Simpson is exact enough). */
  private double personYears(double from, double to) {
    double mid = (from + to) / 2;
    return (to - from) * (survival(from) + 4 * survival(mid) + survival(to)) / 6;
  }

  /** Share of a stationary population aged between {@code from} and {@code to} years. */
  double stationaryShare(double from, double to) {
    return (livedTo(to) - livedTo(from)) / lived[(int) MAX_AGE];
  }

  private double livedTo(double age) {
    int whole = (int) Math.min(Math.floor(age), MAX_AGE);
    // whole ages (the age bands' edges, the years searched) are tabulated: no integration
    return whole >= MAX_AGE || whole == age ? lived[whole]
        : lived[whole] + personYears(whole, age);
  }

  /** Life expectancy at {@code age}, years. */
  double expectancy(double age) {
    return (lived[(int) MAX_AGE] - livedTo(age)) / survival(age);
  }

  /**
   * An age in [from, to) drawn from the stationary population, for a uniform {@code u}: a whole
   * year by its person-years, then a uniform point in it.
   */
  double stationaryAge(double from, double to, double u) {
    double lo = livedTo(from);
    double target = lo + u * (livedTo(to) - lo);
    // the whole year by a search of the cumulated person-years, then the point within it
    // (survival changes little within a year, so person-years accrue evenly there)
    int year = java.util.Arrays.binarySearch(lived, target);
    year = year >= 0 ? year : -year - 2;
    year = Math.max((int) Math.floor(from), Math.min(year, (int) Math.ceil(to) - 1));
    double start = Math.max(from, year);
    double end = Math.min(to, year + 1);
    double inYear = livedTo(end) - livedTo(start);
    double frac = inYear > 0 ? (target - livedTo(start)) / inYear : 0;
    return start + Math.min(Math.max(frac, 0), 1) * (end - start);
  }
}
