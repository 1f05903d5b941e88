package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;

/**
 * Every scenario parameter marked {@code @Param(assumption = true)}: the modelling assumptions
 * that no published figure backs, and so the ones a screening sweep should vary. Found through
 * {@link ParamSchema}, so a new assumption shows up here (and in the test that checks the bundled Morris
 * sweep covers them) without anyone keeping a list.
 *
 * <p>An assumption that is a record of per-crime-type values is listed as one key per value
 * ({@code courts.prisonProbability.violent}, ...); list elements such as jurisdictions are
 * listed per element of the scenario given.
 */
public final class AssumptionCatalog {
  private AssumptionCatalog() {}

  /**
   * One assumed parameter.
   *
   * @param key the scenario key path
   * @param owner the key path of the annotated component (differs from key for per-type values)
   * @param type double, int, long or boolean
   * @param min smallest allowed value (NaN for booleans)
   * @param max largest allowed value (NaN for booleans)
   * @param value the value in the scenario given
   */
  public record Assumption(String key, String owner, Class<?> type, double min, double max,
      Object value) {}

  /** The assumptions of a scenario, in record order. */
  public static List<Assumption> of(ScenarioParams scenario) {
    List<Assumption> result = new ArrayList<>();
    walk(scenario, "", null, result);
    return result;
  }

  private static void walk(Object record, String prefix, String owner, List<Assumption> out) {
    for (ParamComponent c : ParamSchema.componentsOf(record.getClass())) {
      Param param = c.param();
      String key = prefix + c.name();
      Object value = c.valueIn(record);
      String assumed = owner != null ? owner : param.assumption() ? key : null;
      if (value instanceof Record nested) {
        walk(nested, key + ".", assumed, out);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Record element) {
            walk(element, key + "[" + i + "].", assumed, out);
          }
        }
      } else if (assumed != null && isScalar(c.type())) {
        boolean bool = c.type() == boolean.class;
        out.add(new Assumption(key, assumed, c.type(), bool ? Double.NaN : param.min(),
            bool ? Double.NaN : param.max(), value));
      }
    }
  }

  private static boolean isScalar(Class<?> type) {
    return type == double.class || type == int.class || type == long.class
        || type == boolean.class;
  }
}
