package org.releasesim.experiment.sweep;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.releasesim.experiment.design.Design;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.design.FactorDomain;
import org.releasesim.experiment.design.FactorialDesign;
import org.releasesim.experiment.design.LatinHypercubeDesign;
import org.releasesim.experiment.design.MorrisDesign;
import org.releasesim.experiment.design.PointsDesign;
import org.releasesim.experiment.design.SaltelliDesign;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.PolicyCatalog;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;
import org.releasesim.scenario.UserText;

/**
 * Turns a {@link SweepSpec} into a {@link SweepPlan}: reads the base scenario, resolves each
 * factor's keys, number type and (for {@code policy: all}) the base scenario's policies, checks
 * every factor by applying it to the base through the scenario reader (every level, or both ends
 * of a range, so a mistyped key, an unknown policy or an out-of-range value fails before any run
 * starts, with the scenario reader's own message), and builds the design.
 */
public final class SweepPlanner {
  /** Most runs one sweep may plan; beyond this, split the sweep. */
  public static final long MAX_RUNS = 50_000_000;

  private SweepPlanner() {}

  /**
   * The plan of a sweep.
   *
   * @param checkFactors whether to apply every factor to the base (skipped by {@code merge},
   *     which only analyses runs that were checked when they ran)
   * @throws SweepException if the base scenario (with the sweep's overrides) is invalid, a
   *     factor cannot be applied, or the design is too large
   */
  public static SweepPlan plan(SweepSpec spec, boolean checkFactors) {
    return plan(spec, checkFactors, Runtime.getRuntime().maxMemory());
  }

  /**
   * The plan of a sweep, refused if it would not fit in {@code maxHeap} bytes.
   *
   * @see #plan(SweepSpec, boolean)
   */
  static SweepPlan plan(SweepSpec spec, boolean checkFactors, long maxHeap) {
    ScenarioParams base = base(spec);
    List<Factor> factors = new ArrayList<>();
    for (FactorSpec f : spec.factors()) {
      factors.add(resolve(f, base));
    }
    // counted before the factors are checked or a single point is built: either can take
    // minutes, or the heap, for a design far past the limit
    SweepSize.of(spec.design(), factors, spec.replications())
        .check(spec.design().where(), MAX_RUNS, maxHeap);
    if (checkFactors) {
      for (int i = 0; i < factors.size(); i++) {
        check(spec, spec.factors().get(i), factors.get(i));
      }
    }
    Design design = design(spec, factors);
    List<OutcomeSpec> wanted = new ArrayList<>(spec.outcomes());
    spec.precision().keySet().stream().map(OutcomeSpec::parse)
        .filter(o -> !wanted.contains(o)).forEach(wanted::add);
    OutcomeSet outcomes = OutcomeSet.of(wanted);
    for (FactorSpec f : spec.factors()) {
      if (outcomes.names().contains(f.name())) {
        throw new SweepException(f.where() + ": factor name '" + UserText.quote(f.name())
            + "' is also an"
            + " outcome column; give the factor another name: with name:.");
      }
    }
    return SweepPlan.of(spec.name(), spec.description(), spec.base(), spec.baseOverrides(),
        spec.seed(), spec.replications(), spec.paired(), spec.contrastPairing(), design,
        outcomes, spec.timeSeries(), spec.precision());
  }

  /** The base scenario with the sweep's overrides; its problems are reported as the sweep's. */
  private static ScenarioParams base(SweepSpec spec) {
    try {
      return new ScenarioReader().read(spec.base(), spec.baseOverrides()).params();
    } catch (ScenarioException e) {
      throw new SweepException(spec.file() + ": the base scenario " + spec.base()
          + (spec.baseOverrides().isEmpty() ? "" : " with the sweep's set: overrides")
          + " cannot be used: " + e.getMessage(), e);
    }
  }

  private static Factor resolve(FactorSpec f, ScenarioParams base) {
    List<String> keys = new ArrayList<>();
    if (f.key() != null) {
      keys.add(f.key());
    } else {
      for (int j = 0; j < base.jurisdictions().size(); j++) {
        keys.add("jurisdictions[" + j + "].policy");
      }
    }
    FactorDomain domain = f.relative() ? scaled(f, base) : f.domain();
    if (domain instanceof FactorDomain.Levels levels
        && keys.stream().allMatch(k -> k.endsWith(".policy"))) {
      domain = new FactorDomain.Levels(policies(f, levels.values(), base.policyNames()));
    }
    boolean whole = ParamSchema.componentAt(keys.get(0)).map(c -> c.kind().isWhole())
        .orElse(false);
    return new Factor(f.name(), keys, domain, whole);
  }

  /**
   * The levels of a policy factor: {@code all} stands for every policy the base scenario knows
   * (the bundled ones, then its own); any other level must be one of them.
   */
  private static List<String> policies(FactorSpec f, List<String> levels, List<String> known) {
    if (levels.equals(List.of(PolicyCatalog.ALL))) {
      return known;
    }
    for (String level : levels) {
      if (!known.contains(level)) {
        throw new SweepException(f.where() + ": factor " + UserText.quote(f.name()) + " lists '"
            + UserText.quote(level) + "'; allowed: all, or a list of " + String.join(", ", known)
            + " (the bundled policies and those the base scenario defines under policies).");
      }
    }
    return levels;
  }

  /**
   * A {@code scale:} factor's range: the base scenario's value times the multipliers, kept within
   * the parameter's allowed bounds.
   */
  private static FactorDomain scaled(FactorSpec f, ScenarioParams base) {
    Object value = ParamSchema.valueAt(base, f.key()).orElse(null);
    if (!(value instanceof Number number)) {
      throw new SweepException(f.where() + ": factor " + UserText.quote(f.name())
          + " has scale:, so its key must name a number parameter of the base scenario; "
          + UserText.quote(f.key()) + " " + (value == null ? "names none." : "holds " + value
          + "."));
    }
    FactorDomain.Range m = (FactorDomain.Range) f.domain();
    // the value was found, so the key names a documented component
    Param bounds = ParamSchema.componentAt(f.key()).orElseThrow().param();
    double v = number.doubleValue();
    double lo = Math.max(bounds.min(), Math.min(v * m.min(), v * m.max()));
    double hi = Math.min(bounds.max(), Math.max(v * m.min(), v * m.max()));
    return new FactorDomain.Range(lo, Math.max(lo, hi));
  }

  private static void check(SweepSpec spec, FactorSpec f, Factor factor) {
    ScenarioReader reader = new ScenarioReader();
    for (String value : factor.extremes()) {
      List<String> overrides = new ArrayList<>(spec.baseOverrides());
      overrides.addAll(factor.overrides(value));
      try {
        reader.read(spec.base(), overrides);
      } catch (ScenarioException e) {
        throw new SweepException(f.where() + ": factor " + UserText.quote(f.name()) + " = "
            + UserText.quote(value) + " cannot be applied to the base scenario "
            + spec.base().getFileName() + ": " + e.getMessage(), e);
      }
    }
  }

  private static Design design(SweepSpec spec, List<Factor> factors) {
    DesignSpec d = spec.design();
    MersenneTwisterFast random =
        new MersenneTwisterFast(new SeedSequence(spec.seed()).auxiliary("design"));
    try {
      return switch (d.type()) {
        case "factorial" -> FactorialDesign.of(factors);
        case "points" -> PointsDesign.of(factors, d.rows());
        case "latin-hypercube" -> LatinHypercubeDesign.of(factors, d.samples(), random);
        case "morris" -> MorrisDesign.of(factors, d.trajectories(), d.levels(), random);
        case "sobol" -> SaltelliDesign.of(factors, d.samples());
        default -> throw new IllegalStateException("unknown design " + d.type());
      };
    } catch (IllegalArgumentException e) {
      throw new SweepException(d.where() + ": " + e.getMessage() + ".", e);
    }
  }
}
