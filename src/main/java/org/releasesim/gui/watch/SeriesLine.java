package org.releasesim.gui.watch;

import java.util.Arrays;

/** One chart line: (day, value) points appended as the run records them. */
public final class SeriesLine {
  private final String name;
  private double[] days = new double[64];
  private double[] values = new double[64];
  private int size;

  SeriesLine(String name) {
    this.name = name;
  }

  void add(double day, double value) {
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    days[size] = day;
    values[size] = value;
    size++;
  }

  String name() {
    return name;
  }

  public int size() {
    return size;
  }

  public double day(int i) {
    return days[i];
  }

  public double value(int i) {
    return values[i];
  }

  /** Sum of every value (for checks against the model's totals). */
  double sum() {
    double s = 0;
    for (int i = 0; i < size; i++) {
      s += values[i];
    }
    return s;
  }
}
