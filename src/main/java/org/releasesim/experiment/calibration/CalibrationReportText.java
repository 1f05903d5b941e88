package org.releasesim.experiment.calibration;

import java.util.List;
import java.util.Locale;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.VictimTargetingParams;

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

  /**
   * The reporting chill and victim targeting: defaults set from published effects rather than
   * fitted, with the range the evidence leaves, so that sensitivity analysis can vary them.
   */
  static void publishedEffects(StringBuilder out) {
    ScenarioParams d = ScenarioParams.DEFAULTS;
    VictimTargetingParams v = d.reporting().victimTargeting();
    out.append("## Set from published effects, with their uncertainty\n\n")
        .append("### How much enforcement chills reporting\n\n")
        .append("The sources disagree on the size of the chill, by a factor of about three:\n\n")
        .append("| Source | Data | Estimate | Chill it implies |\n")
        .append("|---|---|---|---|\n")
        .append("| Martinez-Schuldt & Martinez 2021, *American Sociological Review* 86(1) |"
            + " NCVS, 40 large metropolitan areas, 1980-2004 | Latino victims 12% more likely to"
            + " report violence under sanctuary policies | 1 - 1/1.12 = 0.107 |\n")
        .append("| Jacome 2022, *Journal of Urban Economics* 128 | Dallas police reports,"
            + " 2015 Priority Enforcement Program | reports by Hispanic complainants +4% when"
            + " enforcement narrowed | about 0.04 |\n")
        .append("| Goncalves, Jacome & Weisburst (NBER Working Paper 32109; Census CES-26-23,"
            + " 2026) | restricted NCVS, staggered Secure Communities roll-out, 2008-2013 |"
            + " Hispanic victims about 30% less likely to report | about 0.30 (more for"
            + " unauthorized residents, if Hispanic citizens were less affected) |\n")
        .append("| Vaughan, Camarota & Zeigler 2021 (Center for Immigration Studies) | NCVS"
            + " 2017-2019 | immigrants' victimisations reported as often as natives'; about 1% of"
            + " non-reporters cite fear of authorities | about 0 |\n\n")
        .append(String.format(Locale.ROOT, "The defaults take the city- and area-level"
            + " estimates: `trust.unauthorizedChill` = %s, `trust.lawfulNoncitizenChill` = %s."
            + " The survey-based estimate is about three times larger; a sensitivity analysis"
            + " should span 0 to 0.3 for the unauthorized chill (for example `--set"
            + " trust.unauthorizedChill=0.3`).%n%n", d.trust().unauthorizedChill(),
            d.trust().lawfulNoncitizenChill()))
        .append("### Victim targeting\n\n")
        .append(String.format(Locale.ROOT, "`reporting.victimTargeting.strength` = %s."
            + " Goncalves, Jacome & Weisburst estimate that a 10%% fall in a group's reporting"
            + " raises offending against it by 7.9%% (an elasticity of 0.79), with reported"
            + " crime unchanged in total. In the model a candidate victim's weight is its group's"
            + " judged reporting to the power -strength, so the elasticity of a group's"
            + " victimisation with respect to its reporting is -strength x (1 - the group's"
            + " share of victims); with the Hispanic share of about 0.16, strength = 0.79 /"
            + " 0.84 = 0.94. The paper's interval is not reproduced here; the parameter is"
            + " marked an assumption with the plausible range 0 to 1.9 (none to twice the"
            + " estimate), which the Morris screen (`scenarios/sweeps/assumptions-morris.yaml`)"
            + " spans. Offenders' memory (`memoryDays` = %.0f) and the weight of county-wide"
            + " evidence in a tract (`priorVictimisations` = %.0f) are assumptions too. Because"
            + " the published elasticity comes from changes in one group's reporting over"
            + " time, reporting is judged against what is usual for each group"
            + " (`relativeToUsual` = %s): a group that reports less for other reasons (the"
            + " non-citizen reporting factors) is not targeted for that alone.%n%n",
            v.strength(), v.memoryDays(), v.priorVictimisations(), v.relativeToUsual()));
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
