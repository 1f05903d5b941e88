package org.releasesim.gui.watch;

import org.releasesim.model.param.CrimeRates;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;

/**
 * The scenario as loaded and as edited in the Model tab. Edits build new parameter records (see
 * {@link ParamSchema#with}) and wait: the run in progress keeps the parameters it started with, and the
 * next start uses the edited ones. Only a policy switch acts at once (through the model).
 */
public final class ScenarioEdits {
  static final String UNAUTHORIZED_RATIOS = "offending.unauthorizedRatios";

  private final ScenarioParams loaded;
  private ScenarioParams pending;

  public ScenarioEdits(ScenarioParams loaded) {
    this.loaded = loaded;
    this.pending = loaded;
  }

  /** The parameters the next start will use. */
  public ScenarioParams pending() {
    return pending;
  }

  /** The parameters as loaded from the scenario. */
  public ScenarioParams loaded() {
    return loaded;
  }

  /** Whether anything differs from the loaded scenario. */
  boolean edited() {
    return !pending.equals(loaded);
  }

  /**
   * Sets one value.
   *
   * @throws IllegalArgumentException saying what is allowed, if the value is rejected
   */
  public void set(String path, Object value) {
    pending = ParamSchema.with(pending, path, value);
  }

  /** The {@link Param} documentation of the parameter at {@code path}. */
  public static Param param(String path) {
    return ParamSchema.componentAt(path).orElseThrow(() ->
        new IllegalArgumentException("no parameter " + path)).param();
  }

  /** The value at {@code path} in {@code params} (null where the path names nothing). */
  public static Object valueAt(ScenarioParams params, String path) {
    return ParamSchema.valueAt(params, path).orElse(null);
  }

  /** The seed the next start will use. */
  public long seed() {
    return pending.seed();
  }

  /**
   * How the unauthorized residents' offending ratios compare with the loaded scenario's, as one
   * factor on all four crime types (1 = as loaded).
   */
  double unauthorizedRatioScale() {
    CrimeRates base = base();
    CrimeRates now = (CrimeRates) valueAt(pending, UNAUTHORIZED_RATIOS);
    for (int t = 0; t < 4; t++) {
      if (base.get(t) > 0) {
        return now.get(t) / base.get(t);
      }
    }
    return 1;
  }

  /** Scales all four of the loaded scenario's unauthorized offending ratios by {@code factor}. */
  void scaleUnauthorizedRatios(double factor) {
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("the scale must be 0 or more (got " + factor + ")");
    }
    CrimeRates b = base();
    set(UNAUTHORIZED_RATIOS, new CrimeRates(b.violent() * factor, b.property() * factor,
        b.drug() * factor, b.publicOrder() * factor));
  }

  private CrimeRates base() {
    return (CrimeRates) valueAt(loaded, UNAUTHORIZED_RATIOS);
  }
}
