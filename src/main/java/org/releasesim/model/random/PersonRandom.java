package org.releasesim.model.random;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Lets commons-math distributions sample from one person's stream: point it at a person with
 * {@link #of(int)}, then sample. Normal deviates are not cached, so no draw leaks from one person
 * to the next.
 */
public final class PersonRandom extends AbstractRandomGenerator {
  private final PersonStreams streams;
  private int person;

  public PersonRandom(PersonStreams streams) {
    this.streams = streams;
  }

  /** Point the generator at a person's stream; returns this for chaining. */
  public PersonRandom of(int personId) {
    this.person = personId;
    return this;
  }

  @Override
  public double nextDouble() {
    return streams.nextDouble(person);
  }

  @Override
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  @Override
  public void setSeed(long seed) {
    throw new UnsupportedOperationException("person streams are keyed by the master seed");
  }
}
