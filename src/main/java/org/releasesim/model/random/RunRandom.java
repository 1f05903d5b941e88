package org.releasesim.model.random;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** Lets commons-math distributions sample from the run's own MASON generator. */
public final class RunRandom extends AbstractRandomGenerator {
  private final MersenneTwisterFast random;

  public RunRandom(MersenneTwisterFast random) {
    this.random = random;
  }

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }

  @Override
  public double nextGaussian() {
    return random.nextGaussian();
  }

  @Override
  public void setSeed(long seed) {
    throw new UnsupportedOperationException("the run generator is seeded by SimState");
  }
}
