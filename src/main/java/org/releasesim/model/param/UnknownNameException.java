package org.releasesim.model.param;

import java.util.List;

/**
 * A value names something (a policy) the scenario does not know. Besides the message it keeps
 * the problem, the names allowed and what else would be allowed, so that the scenario reader can
 * word the error as it words a mistyped enum name, with a "did you mean" hint.
 */
public final class UnknownNameException extends InvalidParameterException {
  private final String problem;
  private final List<String> allowed;
  private final String otherwise;

  /**
   * @param component the key path of the value
   * @param problem what is wrong, such as "no policy has this name"
   * @param allowed the names that are allowed
   * @param otherwise a note on the names or what else is allowed, in words (may be empty)
   */
  UnknownNameException(String component, String problem, List<String> allowed,
      String otherwise) {
    super(component, problem + "; allowed: " + allowedText(allowed, otherwise));
    this.problem = problem;
    this.allowed = List.copyOf(allowed);
    this.otherwise = otherwise;
  }

  public String problem() {
    return problem;
  }

  public List<String> allowed() {
    return allowed;
  }

  /** "one of A, B, C" and what else is allowed. */
  public String allowedText() {
    return allowedText(allowed, otherwise);
  }

  private static String allowedText(List<String> allowed, String otherwise) {
    return "one of " + String.join(", ", allowed)
        + (otherwise.isEmpty() ? "" : " (" + otherwise + ")");
  }
}
