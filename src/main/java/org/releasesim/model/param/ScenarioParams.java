package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything a run needs: the root of a scenario file. Immutable and validated. */
public record ScenarioParams(
    @Param(doc = "What the scenario stands for, in words a reader understands.",
        source = "scenario input") String description,
    @Param(doc = "Master seed: every random draw of the run derives from it.", min = 0,
        max = Integer.MAX_VALUE, source = "scenario input") long seed,
    @Param(doc = "Horizon and output grid.", source = "see fields") TimeParams time,
    @Param(doc = "The counties of the scenario (at least one; at most 60,000,000 residents in"
        + " all).", min = 1, max = 64,
        source = "scenario input") List<JurisdictionParams> jurisdictions,
    @Param(doc = "Release policies this scenario defines, besides the four bundled ones"
        + " (HONOR_DETAINERS, NOTIFY_ONLY, SERIOUS_ONLY, NO_COOPERATION); jurisdictions,"
        + " policy changes, compare --policies and sweep policy factors use them by name.",
        min = 0, max = 50, source = "scenario input") List<ReleasePolicy> policies,
    @Param(doc = "Who the residents are.", source = "see fields") PopulationParams population,
    @Param(doc = "Offending.", source = "see fields") OffendingParams offending,
    @Param(doc = "Victims and reporting.", source = "see fields") ReportingParams reporting,
    @Param(doc = "Clearance, detection and arrest.", source = "see fields") PolicingParams policing,
    @Param(doc = "Pretrial detention, disposition and sentencing.", source = "see fields")
    CourtParams courts,
    @Param(doc = "Federal detainers.", source = "see fields") DetainerParams detainers,
    @Param(doc = "ICE operations, custody and removal.", source = "see fields") IceParams ice,
    @Param(doc = "Trust in police and the chilling effect.", source = "see fields")
    TrustParams trust,
    @Param(doc = "Deterrence (optional).", source = "see fields") DeterrenceParams deterrence,
    @Param(doc = "Re-entry after removal and inflow.", source = "see fields")
    MigrationParams migration,
    @Param(doc = "Offending across county lines.", source = "see fields") MobilityParams mobility,
    @Param(doc = "Unit costs.", source = "see fields") CostParams costs)
    implements java.io.Serializable {
  /**
   * Most residents a scenario may start with, over all counties: each person is a 32-byte record
   * in one array indexed by int, which holds about 67 million; the rest is room for inflow.
   */
  public static final long MAX_TOTAL_RESIDENTS = 60_000_000;

  public static final ScenarioParams DEFAULTS = new ScenarioParams("", 1, TimeParams.DEFAULTS,
      List.of(JurisdictionParams.DEFAULTS), List.of(), PopulationParams.DEFAULTS,
      OffendingParams.DEFAULTS, ReportingParams.DEFAULTS, PolicingParams.DEFAULTS,
      CourtParams.DEFAULTS, DetainerParams.DEFAULTS, IceParams.DEFAULTS, TrustParams.DEFAULTS,
      DeterrenceParams.DEFAULTS, MigrationParams.DEFAULTS, MobilityParams.DEFAULTS,
      CostParams.DEFAULTS);

  public ScenarioParams {
    jurisdictions = List.copyOf(jurisdictions);
    require(!jurisdictions.isEmpty(), "jurisdictions", "a scenario needs at least one jurisdiction");
    Set<String> names = new HashSet<>();
    for (JurisdictionParams j : jurisdictions) {
      require(names.add(j.name()), "jurisdictions",
          "jurisdiction names must be distinct ('" + j.name() + "' appears twice)");
    }
    long total = jurisdictions.stream().mapToLong(JurisdictionParams::population).sum();
    require(total <= MAX_TOTAL_RESIDENTS, "jurisdictions", String.format(java.util.Locale.ROOT,
        "the counties' populations add up to %,d; a scenario holds at most %,d residents in all",
        total, MAX_TOTAL_RESIDENTS));
    policies = List.copyOf(policies);
    PolicyCatalog.check(policies, jurisdictions);
    for (int j = 0; j < jurisdictions.size(); j++) {
      List<PolicyChange> changes = jurisdictions.get(j).policyChanges();
      for (int k = 0; k < changes.size(); k++) {
        double from = changes.get(k).fromYear();
        // a change outside the run would never take effect: refuse it rather than ignore it
        require(from >= -time.warmupYears() && from < time.years(),
            "jurisdictions[" + j + "].policyChanges[" + k + "].fromYear", String.format(
                java.util.Locale.ROOT, "a policy change at year %s falls outside the run: it"
                + " must be at or after the start of the warm-up (year %s) and before the end"
                + " of the recorded period (year %s)", num(from), num(-time.warmupYears()),
                num(time.years())));
      }
    }
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** Names of every policy this scenario knows: the bundled ones, then its own. */
  public List<String> policyNames() {
    return PolicyCatalog.names(policies);
  }

  /**
   * The definition of a policy this scenario knows (the bundled ones with this scenario's
   * cooperation levels).
   *
   * @throws IllegalArgumentException naming the allowed names, if there is no such policy
   */
  public ReleasePolicy policy(String name) {
    return PolicyCatalog.find(name, policies, trust).orElseThrow(() ->
        new IllegalArgumentException("no policy is named '" + name + "'; allowed: "
            + String.join(", ", policyNames())));
  }

  /** Total residents at the start, over all jurisdictions. */
  public long totalPopulation() {
    return jurisdictions.stream().mapToLong(JurisdictionParams::population).sum();
  }

  // Copies with one component replaced, so that code building a scenario from another names
  // what it changes instead of repeating the canonical constructor's 17 arguments in order.
  // Each copy is validated as a new scenario is. The defaults stay in DEFAULTS, beside the
  // @Param documentation of each component.
  public ScenarioParams withDescription(String description) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withSeed(long seed) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withTime(TimeParams time) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withJurisdictions(List<JurisdictionParams> jurisdictions) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withPolicies(List<ReleasePolicy> policies) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withPopulation(PopulationParams population) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withOffending(OffendingParams offending) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withReporting(ReportingParams reporting) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withPolicing(PolicingParams policing) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withCourts(CourtParams courts) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withDetainers(DetainerParams detainers) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withIce(IceParams ice) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withTrust(TrustParams trust) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withDeterrence(DeterrenceParams deterrence) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withMigration(MigrationParams migration) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withMobility(MobilityParams mobility) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }

  public ScenarioParams withCosts(CostParams costs) {
    return new ScenarioParams(description, seed, time, jurisdictions, policies, population,
        offending, reporting, policing, courts, detainers, ice, trust, deterrence, migration,
        mobility, costs);
  }
}
