package org.releasesim.experiment.compare;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.stream.IntStream;
import org.releasesim.experiment.sweep.SeedSequence;

/**
 * The parameter sets a posterior comparison runs: {@code D} draws from the posterior by weight,
 * by systematic resampling with an offset from the master seed's own stream, so the same seed
 * draws the same particles.
 *
 * @param posterior the posterior drawn from
 * @param particles the position (row, 0-based) in {@code posterior.particles()} of each draw's
 *     particle
 * @param offset the resampling offset u
 */
public record PosteriorDraws(Posterior posterior, List<Integer> particles, double offset) {
  public PosteriorDraws {
    particles = List.copyOf(particles);
  }

  /** {@code count} draws from a posterior, determined by the master seed. */
  public static PosteriorDraws of(Posterior posterior, int count, long masterSeed) {
    double u = new MersenneTwisterFast(new SeedSequence(masterSeed).auxiliary("posterior-draws"))
        .nextDouble();
    int[] rows = SystematicResampling.draw(posterior.weights(), count, u);
    return new PosteriorDraws(posterior, IntStream.of(rows).boxed().toList(), u);
  }

  public int count() {
    return particles.size();
  }

  /** The particle of draw d. */
  public Posterior.Particle particle(int d) {
    return posterior.particles().get(particles.get(d));
  }

  /** The scenario values of draw d, as override text, one per key. */
  public List<String> values(int d) {
    Posterior.Particle p = particle(d);
    return IntStream.range(0, posterior.keys().size())
        .mapToObj(k -> posterior.text(k, p.values().get(k))).toList();
  }
}
