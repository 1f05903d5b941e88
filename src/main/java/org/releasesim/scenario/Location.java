package org.releasesim.scenario;

import org.yaml.snakeyaml.error.Mark;

/**
 * Where a value came from, for error messages: a file with line and column (1-based), or a
 * command-line override. A line of 0 means the whole source.
 */
public record Location(String source, int line, int column) {

  /** Maps a position in a YAML text (0-based, as SnakeYAML counts) to what the user is told. */
  @FunctionalInterface
  interface Positions {
    Location at(int line, int column);

    default Location at(Mark mark) {
      return at(mark.getLine(), mark.getColumn());
    }
  }

  /** Positions in a file, reported 1-based. */
  static Positions inFile(String file) {
    return (line, column) -> new Location(file, line + 1, column + 1);
  }

  /** A whole file, when no line applies. */
  static Location wholeFile(String file) {
    return new Location(file, 0, 0);
  }

  /** A value given on the command line, named as typed ({@code --set <text>}, {@code --seed 7}). */
  static Location commandLine(String typed) {
    return new Location("command line " + UserText.quote(typed), 0, 0);
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return source;
    }
    return source + ", line " + line + (column > 0 ? ", column " + column : "");
  }
}
