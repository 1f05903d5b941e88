/**
 * The scenario as immutable records: one record per part of the model, each component's
 * {@link org.releasesim.model.param.Param} annotation giving its unit, range and source, and
 * each record's {@code DEFAULTS} the calibrated or published default. The {@code scenario}
 * package reads files into these records; nothing in the model reads a file. Every walk over the
 * records by reflection (reader, schema, reference, ODD table, sweeps, GUI) goes through
 * {@link org.releasesim.model.param.ParamSchema}.
 */
package org.releasesim.model.param;
