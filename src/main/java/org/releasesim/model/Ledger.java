package org.releasesim.model;

/** Lifetime counts of moves between person states, for conservation checks. */
public final class Ledger implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] moves = new long[PersonState.count() * PersonState.count()];

  void record(PersonState from, PersonState to) {
    moves[from.ordinal() * PersonState.count() + to.ordinal()]++;
  }

  /** Moves from one state to another since the start of the run. */
  public long moves(PersonState from, PersonState to) {
    return moves[from.ordinal() * PersonState.count() + to.ordinal()];
  }

  /** All moves into a state from any other state. */
  public long into(PersonState to) {
    long n = 0;
    for (PersonState from : PersonState.values()) {
      n += from == to ? 0 : moves(from, to);
    }
    return n;
  }

  /** All moves out of a state to any other state. */
  public long outOf(PersonState from) {
    long n = 0;
    for (PersonState to : PersonState.values()) {
      n += from == to ? 0 : moves(from, to);
    }
    return n;
  }
}
