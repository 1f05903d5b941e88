package org.releasesim.experiment.posterior;

/**
 * The scenario text every fitted value is applied to: the defaults, under the calibration's name.
 * Nothing more is written out: the scenario reader fills in every default, and a fitted key
 * inside a default list, such as {@code offending.postRelease.periods[0].factor}, addresses the
 * list's default entries.
 */
final class DefaultsText {
  private static final String TEXT = "name: calibration\n";

  private DefaultsText() {}

  static String text() {
    return TEXT;
  }
}
