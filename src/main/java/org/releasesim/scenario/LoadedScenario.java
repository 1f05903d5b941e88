package org.releasesim.scenario;

import java.nio.file.Path;
import org.releasesim.model.param.ScenarioParams;

/**
 * A scenario read and validated.
 *
 * @param name the top-level {@code name:}, else the file's base name without {@code .yaml}
 * @param file the file read, or the source name given to
 *     {@link ScenarioReader#readText(String, String)} as a path (null if it is not a path)
 * @param params the validated parameters, defaults filled in
 * @param resolvedYaml every parameter as deterministic YAML, which reads back to equal
 *     {@code params}: what a run manifest records so the run can be repeated
 */
public record LoadedScenario(String name, Path file, ScenarioParams params, String resolvedYaml) {}
