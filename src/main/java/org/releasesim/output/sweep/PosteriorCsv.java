package org.releasesim.output.sweep;

import static org.releasesim.output.sweep.SweepCsv.num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.compare.PosteriorDraws;
import org.releasesim.experiment.compare.PosteriorEffect;
import org.releasesim.experiment.compare.Posterior;
import org.releasesim.experiment.compare.VarianceSplit;

/**
 * The tables of a comparison over a posterior: {@value #CONTRASTS} (per policy and outcome: the
 * mean effect, its 95% credible interval, the parameters' and noise's shares of its variance,
 * the probability of exceeding the threshold) and {@value #DRAWS} (per draw: the particle, its
 * parameter values, and per policy and outcome the mean effect, the within-draw variance and the
 * reference policy's mean).
 */
public final class PosteriorCsv {
  public static final String CONTRASTS = "posterior-contrasts.csv";
  public static final String DRAWS = "draws.csv";

  private PosteriorCsv() {}

  public static void writeContrasts(Path file, List<PosteriorEffect> effects)
      throws IOException {
    List<String> header = List.of("policy", "reference", "outcome", "draws", "replicates",
        "mean_effect", "ci95_low", "ci95_high", "within_variance", "draw_means_variance",
        "parameter_variance", "parameter_variance_clamped", "parameter_share", "noise_share",
        "noise_share_of_draw_means", "threshold", "p_exceeds", "most_influential", "unit");
    List<List<String>> rows = new ArrayList<>();
    for (PosteriorEffect e : effects) {
      VarianceSplit s = e.split();
      rows.add(List.of(e.policy(), e.reference(), e.outcome(), Integer.toString(s.draws()),
          Integer.toString(s.replicates()), num(e.mean()), num(e.low()), num(e.high()),
          num(s.within()), num(s.drawMeans()), num(s.parameters()), Boolean.toString(s.clamped()),
          num(s.parameterShare()), num(s.noiseShare()), num(s.noiseInDrawMeans()),
          e.threshold() == null ? "" : e.threshold().text(), num(e.probability()),
          influential(e), e.unit()));
    }
    SweepCsv.write(file, header, rows);
  }

  /** The top parameters as {@code key (rho 0.53); ...}. */
  private static String influential(PosteriorEffect e) {
    List<String> parts = new ArrayList<>();
    for (PosteriorEffect.Influence i : e.influence().subList(0,
        Math.min(3, e.influence().size()))) {
      parts.add(i.key() + " (rho " + (Double.isNaN(i.spearman()) ? "undefined"
          : String.format(Locale.ROOT, "%.3f", i.spearman())) + ")");
    }
    return String.join("; ", parts);
  }

  public static void writeDraws(Path file, PosteriorDraws draws, List<PosteriorEffect> effects)
      throws IOException {
    Posterior posterior = draws.posterior();
    List<String> header = new ArrayList<>(List.of("draw", "particle", "weight"));
    header.addAll(posterior.keys());
    for (PosteriorEffect e : effects) {
      String stem = e.outcome() + ":" + e.policy() + ":";
      header.addAll(List.of(stem + "effect", stem + "within_variance",
          stem + "reference_mean"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int d = 0; d < draws.count(); d++) {
      Posterior.Particle p = draws.particle(d);
      List<String> row = new ArrayList<>(List.of(Integer.toString(d),
          Integer.toString(p.index()), num(p.weight())));
      for (int k = 0; k < posterior.keys().size(); k++) {
        row.add(posterior.text(k, p.values().get(k)));
      }
      for (PosteriorEffect e : effects) {
        PosteriorEffect.DrawEffect de = e.draws().get(d);
        row.addAll(List.of(num(de.meanEffect()), num(de.withinVariance()),
            num(de.referenceMean())));
      }
      rows.add(row);
    }
    SweepCsv.write(file, header, rows);
  }
}
