package org.releasesim.scenario;

import java.util.Optional;

/**
 * How an error message quotes what a user wrote (a key, a value, a --set text): on one line, at
 * most {@value #LONGEST_QUOTE} characters, with invisible characters shown by their code point.
 * Every message that quotes user text goes through here, so a multi-megabyte key cannot make a
 * multi-megabyte message, and a zero-width space cannot make "seed" look like "seed".
 *
 * <p>Only text that reads as what it was named as (a scenario or sweep file, a --set value, a
 * points file past its header) is ever quoted; files that do not are named, not quoted (see
 * {@link YamlShape}).
 */
public final class UserText {
  /** Longest quote, in characters (code points). */
  public static final int LONGEST_QUOTE = 80;

  private UserText() {}

  /**
   * The text as a message quotes it: runs of white space (line breaks too) as one space,
   * invisible characters as {@code <U+200B>}, cut after {@value #LONGEST_QUOTE} characters with
   * the full length given: {@code kkkk… (5000000 characters)}.
   */
  public static String quote(String text) {
    return quote(text, LONGEST_QUOTE);
  }

  /**
   * A path built from what the user wrote, as a message shows it: whole unless absurdly long
   * (a real path is rarely over a few hundred characters; a path made of a megabyte of text is).
   */
  public static String path(java.nio.file.Path path) {
    return quote(path.toString(), 5 * LONGEST_QUOTE);
  }

  /** As {@link #quote(String)}, cut after {@code longest} characters. */
  static String quote(String text, int longest) {
    int length = text.codePointCount(0, text.length());
    StringBuilder shown = new StringBuilder();
    int taken = 0;
    boolean lastWasSpace = false;
    for (int i = 0; i < text.length() && taken < longest; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      taken++;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (!lastWasSpace) {
          shown.append(' ');
        }
        lastWasSpace = true;
        continue;
      }
      lastWasSpace = false;
      if (isInvisible(c)) {
        shown.append('<').append(hex(c)).append('>');
      } else {
        shown.appendCodePoint(c);
      }
    }
    return length > longest ? shown + "… (" + length + " characters)" : shown.toString();
  }

  /**
   * The first character outside printable ASCII, described for a message: {@code U+200B ZERO
   * WIDTH SPACE at character 2}. Keys, names and numbers are ASCII, so such a character (a
   * zero-width space, a byte-order mark, a non-breaking space, a Cyrillic letter that looks
   * Latin, a full-width digit) is why a word that looks right is not recognised.
   */
  public static Optional<String> firstUnusual(String text) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      position++;
      if (c < 0x20 || c > 0x7E) {
        return Optional.of(codePoint(c) + " at character " + position);
      }
    }
    return Optional.empty();
  }

  /** The first digit outside 0-9 (such as a full-width one), described as {@link #firstUnusual}. */
  public static Optional<String> firstNonAsciiDigit(String text) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      position++;
      if (c > 0x7F && Character.isDigit(c)) {
        return Optional.of(codePoint(c) + " at character " + position);
      }
    }
    return Optional.empty();
  }

  /** A character by code point and Unicode name: {@code U+200B ZERO WIDTH SPACE}. */
  public static String codePoint(int c) {
    if (!Character.isValidCodePoint(c)) {
      return "an invalid character";
    }
    String name = Character.getName(c);
    return hex(c) + (name == null ? "" : " " + name);
  }

  private static String hex(int c) {
    return String.format("U+%04X", c);
  }

  /** Characters that show nothing, or nothing distinguishable from a space, on a terminal. */
  private static boolean isInvisible(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED,
          Character.PRIVATE_USE, Character.SURROGATE -> true;
      default -> false;
    };
  }
}
