package org.releasesim.gui.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.Param;
import sim.util.Interval;

/**
 * Builds the Model tab's lines: the day, the seed, each jurisdiction's policy and ICE officers,
 * the mechanism switches and strengths worth trying in a class, and the policy switches made so
 * far. Tooltips are the parameters' own documentation.
 */
public final class ModelTabLines {
  private static final String NEXT_START = " <i>Takes effect when the run next starts.</i>";
  private static final List<String> SWITCHES = List.of("trust.enabled",
      "trust.enforcementVisibility", "policing.witnessCooperation", "ice.atLargeEnforcement",
      "ice.collateralArrests", "deterrence.enabled", "offending.postRelease.enabled",
      "migration.reentry", "migration.inflow");
  private static final List<String> STRENGTHS = List.of("trust.unauthorizedChill",
      "trust.operationShock", "ice.collateralPerAttempt", "ice.atLargeSuccess",
      "policing.witnessElasticity", "deterrence.elasticity");

  private final ScenarioEdits edits;
  private final WatchedRun run;
  private final BooleanSupplier running;

  /**
   * @param running whether a run is going (policy edits then switch the running model)
   */
  public ModelTabLines(ScenarioEdits edits, WatchedRun run, BooleanSupplier running) {
    this.edits = edits;
    this.run = run;
    this.running = running;
  }

  public List<ModelProperty> lines() {
    List<ModelProperty> lines = new ArrayList<>();
    lines.add(ModelProperty.readOnly("Day", "Simulated days after the warm-up.",
        () -> running.getAsBoolean() ? run.dayLabel() : "not started"));
    lines.add(scenario("seed", "Seed", null));
    List<JurisdictionParams> js = edits.loaded().jurisdictions();
    for (int j = 0; j < js.size(); j++) {
      lines.add(policy(j, js.get(j).name()));
      lines.add(scenario("jurisdictions[" + j + "].iceOfficers", "ICE officers: "
          + js.get(j).name(), null));
    }
    for (String path : SWITCHES) {
      lines.add(scenario(path, path, null));
    }
    for (String path : STRENGTHS) {
      Param p = ScenarioEdits.param(path);
      lines.add(scenario(path, path, new Interval(p.min(), p.max())));
    }
    lines.add(ratioScale());
    lines.add(ModelProperty.readOnly("Policy switches", "Policies switched by hand in this run"
        + " (day after warm-up: jurisdiction to policy). A saved run carries them.",
        this::switchesText));
    return lines;
  }

  private ModelProperty scenario(String path, String name, Object domain) {
    Param p = ScenarioEdits.param(path);
    Class<?> type = ScenarioEdits.valueAt(edits.loaded(), path).getClass();
    return new ModelProperty(name, primitive(type), domain, describe(p) + NEXT_START,
        () -> ScenarioEdits.valueAt(edits.pending(), path), value -> edits.set(path, value));
  }

  /** The policy line: a choice among the policies the scenario knows, bundled or its own. */
  private ModelProperty policy(int j, String name) {
    List<String> names = edits.loaded().policyNames();
    String path = "jurisdictions[" + j + "].policy";
    return new ModelProperty("Policy: " + name, int.class, names.toArray(String[]::new),
        "The jail's release policy: the bundled ones and those the scenario defines. Before a"
            + " run: the policy it starts with. During a run: a switch from now on, recorded"
            + " under Policy switches.",
        () -> names.indexOf(currentPolicy(j, path)),
        value -> setPolicy(j, path, names.get((Integer) value)));
  }

  private String currentPolicy(int j, String path) {
    if (running.getAsBoolean()) {
      return run.sim().jurisdictions().get(j).policyTimeline()
          .policyAt(run.sim().schedule.getTime()).name();
    }
    return (String) ScenarioEdits.valueAt(edits.pending(), path);
  }

  private void setPolicy(int j, String path, String policy) {
    if (running.getAsBoolean()) {
      run.switchPolicy(j, policy);
    } else {
      edits.set(path, policy);
    }
  }

  private ModelProperty ratioScale() {
    return new ModelProperty("unauthorized offending (x scenario)", double.class,
        new Interval(0.0, 3.0), describe(ScenarioEdits.param(ScenarioEdits.UNAUTHORIZED_RATIOS))
            + " Here one factor scales all four ratios (1 = as in the scenario)." + NEXT_START,
        edits::unauthorizedRatioScale,
        value -> edits.scaleUnauthorizedRatios(((Number) value).doubleValue()));
  }

  private String switchesText() {
    List<PolicySwitch> switches = run.switches();
    if (switches.isEmpty()) {
      return "none";
    }
    return switches.stream().map(s -> "day " + s.day() + ": " + s.jurisdiction() + " to "
        + s.policy()).collect(Collectors.joining("; "));
  }

  private static String describe(Param p) {
    if (p == null) {
      return "";
    }
    String unit = p.unit().isEmpty() ? "" : " Unit: " + p.unit() + ".";
    return "<html>" + p.doc() + unit;
  }

  private static Class<?> primitive(Class<?> boxed) {
    if (boxed == Boolean.class) {
      return boolean.class;
    }
    if (boxed == Integer.class) {
      return int.class;
    }
    if (boxed == Long.class) {
      return long.class;
    }
    if (boxed == Double.class) {
      return double.class;
    }
    return boxed;
  }
}
