package org.releasesim.model;

/** Offence types. Sexual offences are a flagged subset of violent ones. */
public enum CrimeType {
  VIOLENT(true), PROPERTY(true), DRUG(false), PUBLIC_ORDER(false);

  private static final CrimeType[] VALUES = values();
  private final boolean hasVictim;

  CrimeType(boolean hasVictim) {
    this.hasVictim = hasVictim;
  }

  /** Drug and public-order offences have no victim; police detect them directly. */
  public boolean hasVictim() {
    return hasVictim;
  }

  public static CrimeType of(int index) {
    return VALUES[index];
  }

  public static int count() {
    return VALUES.length;
  }
}
