package org.releasesim.model;

/** ICE's pursuit in the community of a wanted person released without a transfer. */
final class AtLargeCase implements Comparable<AtLargeCase>, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  final int person;
  final double opened;
  final boolean serious;
  int attempts;
  boolean active = true;

  AtLargeCase(int person, double opened, boolean serious) {
    this.person = person;
    this.opened = opened;
    this.serious = serious;
  }

  /** Serious cases first, then the oldest, then by person id (a total, deterministic order). */
  @Override
  public int compareTo(AtLargeCase other) {
    if (serious != other.serious) {
      return serious ? -1 : 1;
    }
    int byAge = Double.compare(opened, other.opened);
    return byAge != 0 ? byAge : Integer.compare(person, other.person);
  }
}
