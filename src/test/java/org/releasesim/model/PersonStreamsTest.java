package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.releasesim.model.random.PersonStreams;

class PersonStreamsTest {
  private static final int N = 200_000;

  @Test
  void aPersonsDrawsDependOnlyOnSeedIdAndCount() {
    PersonStreams a = new PersonStreams(42, 10);
    PersonStreams b = new PersonStreams(42, 10);
    // b draws for other persons first: person 3's draws must not change
    for (int i = 0; i < 100; i++) {
      b.nextLong(i % 10 == 3 ? 4 : i % 10);
    }
    for (int k = 0; k < 50; k++) {
      assertEquals(a.nextLong(3), b.nextLong(3));
    }
  }

  @Test
  void differentSeedsGiveDifferentStreams() {
    assertNotEquals(new PersonStreams(1, 1).nextLong(0), new PersonStreams(2, 1).nextLong(0));
  }

  @Test
  void uniformDrawsHaveMeanHalfAndVarianceOneTwelfth() {
    PersonStreams s = new PersonStreams(7, 1000);
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < N; i++) {
      double u = s.nextDouble(i % 1000);
      assertTrue(u >= 0 && u < 1);
      sum += u;
      sumSq += u * u;
    }
    double mean = sum / N;
    double var = sumSq / N - mean * mean;
    // standard error of the mean: sqrt(1/12 / N) = 0.00065; allow 5 standard errors
    assertEquals(0.5, mean, 5 * Math.sqrt(1.0 / 12 / N));
    assertEquals(1.0 / 12, var, 0.002);
  }

  @Test
  void neighbouringPersonsStreamsAreUncorrelated() {
    PersonStreams s = new PersonStreams(11, N + 1);
    double sxy = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < N; i++) {
      double x = s.nextDouble(i);
      double y = s.nextDouble(i + 1);
      sxy += x * y;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
    }
    double cov = sxy / N - sx / N * sy / N;
    double r = cov / Math.sqrt((sxx / N - sx * sx / N / N) * (syy / N - sy * sy / N / N));
    // under independence r ~ N(0, 1/N): 5 standard errors
    assertEquals(0, r, 5 / Math.sqrt(N));
  }

  @Test
  void exponentialDrawsHaveTheRequestedMean() {
    PersonStreams s = new PersonStreams(3, 1);
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += s.exponential(0, 44);
    }
    // sd of the mean = 44 / sqrt(N)
    assertEquals(44, sum / N, 5 * 44 / Math.sqrt(N));
  }

  @Test
  void boundedIntsCoverTheRangeEvenly() {
    PersonStreams s = new PersonStreams(5, 1);
    int[] counts = new int[7];
    for (int i = 0; i < 70_000; i++) {
      counts[s.nextInt(0, 7)]++;
    }
    for (int c : counts) {
      // expected 10,000 each, binomial sd about 93
      assertEquals(10_000, c, 500);
    }
  }
}
