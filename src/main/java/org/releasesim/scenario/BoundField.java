package org.releasesim.scenario;

import org.releasesim.model.param.ParamComponent;

/**
 * A component being filled from a scenario value: the component, its full key path (such as
 * {@code jurisdictions[1].groupShares.unauthorized}) and the unit it is measured in. It words
 * the errors about that value, always ending with what is allowed.
 */
record BoundField(ParamComponent component, String path, String unit) {
  /** What a value of this field may be. */
  String allowed() {
    return ParamText.allowed(component, unit);
  }

  /** An error about {@code value}: "<where>: <path> = <value> <problem>; allowed: <...>." */
  ScenarioException error(YamlNode value, String problem) {
    return ScenarioException.at(value.location(),
        subject(path, value) + " " + problem + "; allowed: " + allowed() + ".");
  }

  /** "path = value" for a single value, "path (a list)" or "path (a mapping)" otherwise. */
  static String subject(String path, YamlNode value) {
    if (value instanceof YamlNode.Scalar scalar) {
      return path + " = " + shown(scalar.text());
    }
    return path + (value instanceof YamlNode.Sequence ? " (a list)" : " (a mapping)");
  }

  private static String shown(String text) {
    return text.isEmpty() ? "\"\"" : UserText.quote(text);
  }
}
