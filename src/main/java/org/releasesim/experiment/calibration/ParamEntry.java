package org.releasesim.experiment.calibration;

/**
 * One scenario key as the ODD parameter table shows it.
 *
 * @param key full dotted path, {@code []} marking the items of a list
 * @param unit the unit, or empty
 * @param defaultValue the default as written in a scenario file
 * @param allowed the allowed values (an inclusive range, the names of an enum, ...)
 * @param source the published source, or the text after "assumption"
 * @param assumption whether the default is a modelling assumption
 * @param doc what the parameter means
 */
public record ParamEntry(String key, String unit, String defaultValue, String allowed,
    String source, boolean assumption, String doc) {

  /** Whether the default was fitted by the calibration (its source says "calibrated"). */
  public boolean calibrated() {
    return source.toLowerCase(java.util.Locale.ROOT).contains("calibrated");
  }
}
