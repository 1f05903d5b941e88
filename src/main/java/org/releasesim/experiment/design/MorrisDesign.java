package org.releasesim.experiment.design;

import ec.util.MersenneTwisterFast;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Morris's elementary-effects design (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2)): r random trajectories on a grid of p levels
 * per factor, each moving one factor at a time by Delta = p / (2 (p - 1)), in random order and
 * direction. With k factors it costs r (k + 1) points and screens out the factors whose
 * elementary effects are all small.
 *
 * <p>The grid needs an even p, so that every start at index {@code i < p / 2} can step up by
 * p / 2 indices and stay on the grid; a downward step starts p / 2 indices higher. Points are
 * laid out trajectory by trajectory: point {@code t (k + 1) + s} is step s of trajectory t.
 */
public record MorrisDesign(List<Factor> factors, List<MorrisTrajectory> trajectories,
    List<DesignPoint> points) implements Design {

  public MorrisDesign {
    factors = List.copyOf(factors);
    trajectories = List.copyOf(trajectories);
    points = List.copyOf(points);
  }

  /** How many points {@link #of} makes: r (k + 1), computed without building any. */
  public static BigInteger pointCount(int factors, int trajectories) {
    return BigInteger.valueOf(trajectories).multiply(BigInteger.valueOf(factors + 1L));
  }

  /**
   * @param r trajectories (10 to 50 is usual; Campolongo et al. 2007 found 10 often enough)
   * @param levels grid levels p, even and at least 2 (4 is usual)
   */
  public static MorrisDesign of(List<Factor> factors, int r, int levels,
      MersenneTwisterFast random) {
    if (r < 2) {
      throw new IllegalArgumentException("Morris needs at least 2 trajectories, got " + r);
    }
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("Morris levels must be even and at least 2, got "
          + levels);
    }
    int k = factors.size();
    List<MorrisTrajectory> trajectories = new ArrayList<>(r);
    List<double[]> unit = new ArrayList<>(r * (k + 1));
    for (int t = 0; t < r; t++) {
      MorrisTrajectory trajectory = trajectory(k, levels, random);
      trajectories.add(trajectory);
      unit.addAll(trajectory.unitPoints());
    }
    return new MorrisDesign(factors, trajectories, Design.fromUnit(factors, unit));
  }

  private static MorrisTrajectory trajectory(int k, int levels, MersenneTwisterFast random) {
    List<Integer> start = new ArrayList<>(k);
    List<Integer> direction = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      int base = random.nextInt(levels / 2);
      boolean up = random.nextBoolean();
      start.add(up ? base : base + levels / 2);
      direction.add(up ? 1 : -1);
    }
    List<Integer> order = new ArrayList<>(k);
    for (int f : LatinHypercubeDesign.permutation(k, random)) {
      order.add(f);
    }
    return new MorrisTrajectory(start, order, direction, levels);
  }

  @Override
  public String type() {
    return "morris";
  }
}
