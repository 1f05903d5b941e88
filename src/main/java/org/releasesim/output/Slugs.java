package org.releasesim.output;

/** Turns names chosen by users into safe folder names. */
final class Slugs {
  private Slugs() {}

  /**
   * A folder name that keeps the user's spelling where it is safe: letters, digits, {@code .},
   * {@code _} and {@code -} are kept, anything else (slashes, spaces) becomes {@code -}, and a
   * leading dot is replaced so the folder is neither hidden nor {@code ..}.
   *
   * @throws IllegalArgumentException if the name is null or blank
   */
  static String folderName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Scenario name must not be blank, got '" + name + "'");
    }
    String safe = name.strip().replaceAll("[^A-Za-z0-9._-]", "-");
    return safe.startsWith(".") ? "-" + safe.substring(1) : safe;
  }
}
