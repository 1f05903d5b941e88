package org.releasesim.output.sweep;

import static org.releasesim.output.sweep.SweepCsv.num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.sensitivity.MorrisIndex;
import org.releasesim.experiment.sensitivity.SobolIndex;
import org.releasesim.experiment.sweep.OutcomeSpec;

/**
 * {@value #MORRIS} and {@value #SOBOL}: sensitivity indices per outcome and factor, with 95%
 * percentile-bootstrap intervals. morris.csv ends with the outcome's unit
 * ({@link OutcomeSpec#unit()}), the unit of mu, mu* and sigma (a change of the outcome over a
 * factor's whole range); Sobol indices are shares of the outcome's variance and have none.
 */
public final class IndicesCsv {
  public static final String MORRIS = "morris.csv";
  public static final String SOBOL = "sobol.csv";

  private IndicesCsv() {}

  /** Writes morris.csv; {@code indices.get(o)} belongs to outcome {@code outcomes.get(o)}. */
  public static void writeMorris(Path file, List<OutcomeSpec> outcomes,
      List<List<MorrisIndex>> indices) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int o = 0; o < indices.size(); o++) {
      for (MorrisIndex m : indices.get(o)) {
        rows.add(List.of(outcomes.get(o).column(), m.factor(), Integer.toString(m.effects()),
            num(m.mu()), num(m.muStar()), num(m.sigma()), num(m.muStarLow()),
            num(m.muStarHigh()), outcomes.get(o).unit()));
      }
    }
    SweepCsv.write(file, List.of("outcome", "factor", "effects", "mu", "mu_star", "sigma",
        "mu_star_ci95_low", "mu_star_ci95_high", PointsCsv.UNIT), rows);
  }

  /** Writes sobol.csv. */
  public static void writeSobol(Path file, List<String> outcomes, List<List<SobolIndex>> indices)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int o = 0; o < indices.size(); o++) {
      for (SobolIndex s : indices.get(o)) {
        rows.add(List.of(outcomes.get(o), s.factor(), num(s.first()), num(s.firstLow()),
            num(s.firstHigh()), num(s.total()), num(s.totalLow()), num(s.totalHigh())));
      }
    }
    SweepCsv.write(file, List.of("outcome", "factor", "s1", "s1_ci95_low", "s1_ci95_high",
        "st", "st_ci95_low", "st_ci95_high"), rows);
  }
}
