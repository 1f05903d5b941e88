package org.releasesim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest allowed word to a mistyped one, by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code typed} (ignoring case), if it is close enough to be a likely
   * typo: at most two edits, or a third of the word's length for long words.
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    String lower = typed.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, typed.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(typed.length() - candidate.length()) > allowed) {
        continue; // too far whatever the letters; skips the work for a megabyte-long typo
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /**
   * What to add after "is not an allowed name" for a mistyped name: the character that is not
   * ASCII, if any (a look-alike letter or an invisible one makes a right-looking name wrong),
   * and the closest allowed name, noting when only case differs.
   */
  static String hint(String typed, Collection<String> allowed) {
    String unusual = UserText.firstUnusual(typed)
        .map(c -> ": it holds " + c + ", and names are ASCII").orElse("");
    return unusual + closest(typed, allowed)
        .map(name -> name.equalsIgnoreCase(typed)
            ? " (names are case-sensitive; did you mean " + name + "?)"
            : " (did you mean " + name + "?)")
        .orElse("");
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
