/**
 * Scenario files to parameter records: reading YAML safely, {@code extends}, {@code --set}
 * overrides, binding onto the records of {@link org.releasesim.model.param}, and clear errors.
 * Its safe YAML reader ({@link org.releasesim.scenario.YamlDocuments}) also reads sweep files.
 *
 * <p>The parameter records are the single source of truth: the reader, the JSON Schema
 * ({@link org.releasesim.scenario.ScenarioSchema}) and the reference document
 * ({@link org.releasesim.scenario.ReferenceDoc}) are all derived from their components and
 * {@link org.releasesim.model.param.Param} annotations, so none of them can drift from the code.
 */
package org.releasesim.scenario;
