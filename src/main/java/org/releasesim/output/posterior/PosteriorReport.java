package org.releasesim.output.posterior;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.posterior.FittedParameter;
import org.releasesim.experiment.posterior.Generation;
import org.releasesim.experiment.posterior.ObservedTarget;
import org.releasesim.experiment.posterior.ParameterSummary;
import org.releasesim.experiment.posterior.PosteriorResult;
import org.releasesim.experiment.posterior.PosteriorSpec;
import org.releasesim.experiment.posterior.PredictiveCheck;

/**
 * The Markdown report of a posterior calibration ({@code report.md}) and the short table
 * printed on standard output. It holds no wall-clock time, so the same calibration writes the
 * same report.
 */
public final class PosteriorReport {
  public static final String FILE = "report.md";

  private PosteriorReport() {}

  /** The report. */
  public static String markdown(PosteriorResult r, String command) {
    PosteriorSpec s = r.spec();
    StringBuilder md = new StringBuilder();
    md.append("# Posterior calibration: ").append(s.name()).append("\n\n");
    if (!s.description().isBlank()) {
      md.append(s.description().strip()).append("\n\n");
    }
    md.append("Written by `").append(command).append("`. Method, assumptions and how to read"
        + " this report: docs/uncertainty.md (section \"Calibration with uncertainty\").\n\n");
    md.append("## Design\n\n");
    md.append(String.format(Locale.ROOT, "- County: %,d residents, the calibration county"
        + " (defaults, a jail that honours detainers); %s years of warm-up, a %s-year cohort"
        + " window, %s years of follow-up.%n", s.population(), num(s.warmupYears()),
        num(s.cohortYears()), num(s.followUpYears())));
    if (!s.fixed().isEmpty()) {
      md.append("- Fixed overrides: `").append(String.join("`, `", s.fixed())).append("`.\n");
    }
    md.append(String.format(Locale.ROOT, "- ABC-SMC: %d particles kept, batches of %d runs,"
        + " at most %d generations, final tolerance %s, minimum acceptance %s; master seed %d."
        + "%n", s.settings().particles(), s.settings().batch(), s.settings().generations(),
        num(s.settings().finalTolerance()), num(s.settings().minAcceptance()),
        s.settings().seed()));
    md.append(String.format(Locale.ROOT, "- Stopped after generation %d: %s. Model runs: %d"
        + " (%d in the generations, %d for the predictive check).%n%n", r.last().index(),
        r.stop().reason(), r.runs(), r.runs() - predictiveDraws(r), predictiveDraws(r)));
    md.append("## Targets fitted\n\n| Target | Published | Standard error |\n|---|---:|---:|\n");
    for (ObservedTarget t : s.targets()) {
      md.append("| `").append(t.id()).append("` | ").append(num(t.published())).append(" | ")
          .append(num(t.se())).append(" |\n");
    }
    md.append("\n## Generations\n\n| Generation | Tolerance | Runs | Entered | Acceptance |"
        + " ESS | Unmeasured |\n|---:|---:|---:|---:|---:|---:|---:|\n");
    int unmeasured = 0;
    for (Generation g : r.generations()) {
      md.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.2f | %.1f | %d |%n",
          g.index(), num(g.tolerance()), g.proposals(), g.entered(), g.acceptanceRate(),
          g.ess(), g.unmeasured()));
      unmeasured += g.unmeasured();
    }
    md.append("\nThe distance is sqrt(sum(((simulated - published) / se)^2)) over the targets;"
        + " the tolerance is the largest distance kept. ESS, the effective sample size of the"
        + " weights, is 1 / sum(w^2). Unmeasured: runs that gave no value for some target (a"
        + " combination the scenario rules refuse, or a county too small to measure it); they"
        + " are never kept.\n\n");
    if (unmeasured > 0) {
      md.append("**Warning:** ").append(unmeasured).append(" runs gave no value for some"
          + " target. The posterior is conditioned on the runs that could be measured: where"
          + " those runs cluster in parameter space it is cut off there. A larger county, longer"
          + " cohort windows or narrower priors avoid it.\n\n");
    }
    md.append("## Parameters\n\n| Parameter | Prior | Prior mean (SD) | Posterior mean (SD) |"
        + " 90% credible interval | Posterior SD / prior SD | Verdict |\n"
        + "|---|---|---:|---:|---:|---:|---|\n");
    for (ParameterSummary p : r.summaries()) {
      md.append(String.format(Locale.ROOT, "| `%s` | %s | %s (%s) | %s (%s) | [%s, %s] | %.2f |"
          + " %s |%n", p.key(), p.prior(), num(p.priorMean()), num(p.priorSd()), num(p.mean()),
          num(p.sd()), num(p.low()), num(p.high()), p.sdRatio(), verdict(p)));
    }
    md.append("\nA parameter whose posterior SD is more than ")
        .append(num(ParameterSummary.STAYS_AT_PRIOR)).append(" of its prior SD stays at its"
            + " prior: these targets do not inform it.\n\n");
    if (!r.checks().isEmpty()) {
      md.append("## Posterior predictive check\n\n");
      md.append(String.format(Locale.ROOT, "%d parameter vectors drawn from the posterior by"
          + " weight, each simulated again with a new seed. The simulated interval is the 5-95%%"
          + " range of the simulated values; the predictive interval adds the published"
          + " figure's own error (normal, its standard error). **%d of %d published values lie"
          + " inside their predictive interval.**%n%n", predictiveDraws(r), r.covered(),
          r.checks().size()));
      md.append("| Target | Published | Simulated mean | Simulated 90% | Predictive 90% |"
          + " Inside |\n|---|---:|---:|---:|---:|---|\n");
      for (PredictiveCheck c : r.checks()) {
        md.append(String.format(Locale.ROOT, "| `%s` | %s | %s | [%s, %s] | [%s, %s] | %s |%n",
            c.id(), num(c.published()), num(c.simMean()), num(c.simLow()), num(c.simHigh()),
            num(c.predLow()), num(c.predHigh()), c.covered() ? "yes" : "**no**"));
      }
      md.append('\n');
    }
    md.append("## Charts\n\n");
    for (FittedParameter p : s.parameters()) {
      md.append("![Prior and posterior of ").append(p.key()).append("](charts/")
          .append(PosteriorCharts.marginalId(p.key())).append(".png)\n\n");
    }
    List<FittedParameter> ps = s.parameters();
    for (int a = 0; a < ps.size(); a++) {
      for (int b = a + 1; b < ps.size(); b++) {
        md.append("![").append(ps.get(a).key()).append(" against ").append(ps.get(b).key())
            .append("](charts/").append(PosteriorCharts.pairId(ps.get(a).key(),
                ps.get(b).key())).append(".png)\n\n");
      }
    }
    md.append("## Files\n\n- `posterior.csv`: the posterior sample (particle, normalised"
        + " weight, one column per parameter key).\n- `generations.csv`: one row per"
        + " generation.\n- `parameters.csv`: the table above.\n- `predictive.csv`: the"
        + " predictive check.\n- `generations/`: every generation's particles, from which"
        + " `calibrate --resume` continues.\n- `calibration.yaml`: the calibration file.\n");
    return md.toString();
  }

  /** The short table on standard output. */
  public static void printTable(PosteriorResult r, PrintWriter out) {
    out.printf(Locale.ROOT, "Posterior after generation %d (%s); %d model runs.%n",
        r.last().index(), r.stop().reason(), r.runs());
    int width = r.summaries().stream().mapToInt(p -> p.key().length()).max().orElse(9);
    out.printf(Locale.ROOT, "%-" + width + "s  %12s  %12s  %25s  %8s  %s%n", "parameter",
        "prior mean", "post. mean", "90% credible interval", "SD ratio", "verdict");
    for (ParameterSummary p : r.summaries()) {
      out.printf(Locale.ROOT, "%-" + width + "s  %12s  %12s  %25s  %8.2f  %s%n", p.key(),
          num(p.priorMean()), num(p.mean()), "[" + num(p.low()) + ", " + num(p.high()) + "]",
          p.sdRatio(), verdict(p));
    }
    if (!r.checks().isEmpty()) {
      out.printf(Locale.ROOT, "Predictive check: %d of %d published values inside their 90%%"
          + " predictive interval%s.%n", r.covered(), r.checks().size(), outside(r));
    }
  }

  private static String outside(PosteriorResult r) {
    List<String> ids = r.checks().stream().filter(c -> !c.covered()).map(PredictiveCheck::id)
        .toList();
    return ids.isEmpty() ? "" : " (outside: " + String.join(", ", ids) + ")";
  }

  private static String verdict(ParameterSummary p) {
    return p.informed() ? "informed" : "stays at its prior";
  }

  private static long predictiveDraws(PosteriorResult r) {
    return r.checks().isEmpty() ? 0 : r.checks().get(0).draws().length;
  }

  /** Four significant digits, plain. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e7) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString();
  }
}
