package org.releasesim.model;

/**
 * Named schedule orderings: among events at the same instant, lower orderings go first. Persons
 * act first, then ICE dispatches, then daily updates, and the observer records last so that a
 * recorded interval includes everything that happened at its closing instant.
 */
public final class Orderings {
  public static final int PERSONS = 0;
  public static final int ICE = 1;
  public static final int DAILY = 2;
  public static final int OBSERVER = 3;

  private Orderings() {}
}
