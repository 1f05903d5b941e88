package org.releasesim.model;

/** Legal-status group of a resident. */
public enum Group {
  CITIZEN, LAWFUL_NONCITIZEN, UNAUTHORIZED;

  private static final Group[] VALUES = values();

  public static Group of(int index) {
    return VALUES[index];
  }

  public static int count() {
    return VALUES.length;
  }
}
