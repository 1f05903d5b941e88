package org.releasesim.experiment.calibration;

import java.util.List;
import java.util.Locale;

/** The explanatory sections of {@code docs/calibration.md}. */
final class CalibrationReportText {
  private CalibrationReportText() {}

  /** How each target is measured, and what is an input measured back. */
  static void definitions(StringBuilder out, CalibrationResult r) {
    out.append("## How each target is measured\n\n");
    for (TargetResult t : r.results()) {
      out.append("- **").append(t.target().label()).append("** (`").append(t.target().id())
          .append("`): ").append(t.target().definition()).append(".\n");
    }
    out.append("\nReporting and clearance rates are inputs (`reporting.reportRates`,"
        + " `policing.clearanceRates`, for a citizen victim with full trust). They are measured"
        + " back over all victims, as the NCVS counts them (immigrants included), with the"
        + " chilling effect on: the measured rates fall below the inputs only through the"
        + " non-citizen reporting factors, trust, and witness cooperation, by about one point."
        + " Crime levels, arrests, jail flows, the re-arrest curve and the detainer mix are"
        + " emergent: they follow from offending, policing and courts together.\n\n");
  }

  /**
   * The defaults fitted by this calibration: every key whose source says "calibrated" (not the
   * keys of list items, whose defaults are only what an item takes when it leaves a key out).
   */
  static void fitted(StringBuilder out) {
    out.append("## Which defaults were fitted\n\nThese defaults are not published figures but"
        + " were set so that the targets above are met (their source in"
        + " [scenario-reference.md](scenario-reference.md) says \"calibrated\"):\n\n");
    List<ParamEntry> entries = ParamTree.entries();
    for (ParamEntry e : entries) {
      if (e.calibrated() && !e.key().contains("[]")) {
        out.append("- `").append(e.key()).append("` = ").append(valueOf(e, entries))
            .append(e.unit().isEmpty() ? "" : " (" + e.unit() + ")").append(": ")
            .append(e.source()).append('\n');
      }
    }
    out.append('\n');
  }

  /** A default; for a mapping of per-type values, its keys' values ("violent 0.02, ..."). */
  private static String valueOf(ParamEntry e, List<ParamEntry> entries) {
    String prefix = e.key() + ".";
    List<String> parts = entries.stream().filter(c -> c.key().startsWith(prefix))
        .map(c -> c.key().substring(prefix.length()) + " " + c.defaultValue()).toList();
    return parts.isEmpty() ? e.defaultValue() : String.join(", ", parts);
  }

  /** How to run the calibration again. */
  static void reproduce(StringBuilder out, CalibrationDesign d) {
    out.append("## Reproduce\n\n```\n./release-sim calibrate --out docs/calibration.md\n"
        + "./release-sim calibrate --quick            # the form CI runs (about 15 s)\n```\n\n")
        .append(String.format(Locale.ROOT, "Exit codes: 0 every target passes, %d some"
            + " target fails, 2 bad input. The test `CalibrationQuickTest` runs the quick form"
            + " and fails when a target drifts.%n", CalibrationExit.TARGETS_FAILED));
  }
}
