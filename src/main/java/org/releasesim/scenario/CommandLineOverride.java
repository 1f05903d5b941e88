package org.releasesim.scenario;

/**
 * A scenario key set from the command line: the assignment applied ({@code seed=7}) and the
 * option as the user typed it ({@code --seed 7} or {@code --set seed=7}), so that an error about
 * the value names the option that was actually given.
 *
 * @param assignment {@code path.to.key=value}, as {@code --set} takes it
 * @param typed the option and its value as given on the command line
 */
public record CommandLineOverride(String assignment, String typed) {

  /** {@code --set TEXT}. */
  public static CommandLineOverride set(String text) {
    return new CommandLineOverride(text, "--set " + text);
  }

  /** An option of its own that sets one key, such as {@code --seed 7} for {@code seed=7}. */
  public static CommandLineOverride option(String option, String key, Object value) {
    return new CommandLineOverride(key + "=" + value, option + " " + value);
  }
}
