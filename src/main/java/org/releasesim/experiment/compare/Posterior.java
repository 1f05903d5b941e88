package org.releasesim.experiment.compare;

import java.nio.file.Path;
import java.util.List;
import org.releasesim.model.param.ParamSchema;

/**
 * A weighted sample of scenario parameter values, as a calibration writes it to posterior.csv:
 * each particle sets every key to a value and carries a normalised importance weight.
 *
 * @param file the file it was read from, for messages
 * @param keys the scenario keys, as {@code --set} takes them, in column order
 * @param particles the particles, in file order
 */
public record Posterior(Path file, List<String> keys, List<Particle> particles) {
  public Posterior {
    keys = List.copyOf(keys);
    particles = List.copyOf(particles);
  }

  /**
   * One particle.
   *
   * @param index its {@code particle} number
   * @param weight its normalised weight
   * @param values one value per key, in key order
   * @param line its line in the file, for messages
   */
  public record Particle(int index, double weight, List<Double> values, long line) {
    public Particle {
      values = List.copyOf(values);
    }
  }

  /** The weights, in particle order. */
  public double[] weights() {
    return particles.stream().mapToDouble(Particle::weight).toArray();
  }

  /**
   * A value as a {@code --set} override takes it: whole-number keys get a whole number (the
   * file writes every value with {@code Double.toString}, so 3 arrives as 3.0), others the
   * exact double.
   */
  public String text(int key, double value) {
    if (ParamSchema.componentAt(keys.get(key)).map(c -> c.kind().isWhole()).orElse(false)
        && value == Math.rint(value)
        && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** The {@code --set} overrides that put a particle's values into a scenario. */
  public List<String> overrides(Particle p) {
    return java.util.stream.IntStream.range(0, keys.size())
        .mapToObj(k -> keys.get(k) + "=" + text(k, p.values().get(k))).toList();
  }
}
