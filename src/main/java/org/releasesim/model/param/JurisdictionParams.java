package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

import java.util.List;

/** One county: its residents, its tract grid, its jail's policy and its ICE officers. */
public record JurisdictionParams(
    @Param(doc = "Name used in outputs and charts.", source = "scenario input") String name,
    @Param(doc = "Residents at the start of the run.", unit = "persons", min = 1, max = 50_000_000,
        source = "scenario input") int population,
    @Param(doc = "Columns of the tract (neighbourhood) grid.", unit = "tracts", min = 1, max = 200,
        assumption = true) int tractColumns,
    @Param(doc = "Rows of the tract (neighbourhood) grid.", unit = "tracts", min = 1, max = 200,
        assumption = true) int tractRows,
    @Param(doc = "Shares of residents by legal-status group.", source = "see fields")
    GroupShares groupShares,
    @Param(doc = "How unevenly non-citizens are spread over tracts: the standard deviation of the"
        + " log of a tract's relative non-citizen weight (0 = evenly spread).", unit = "log-sd",
        min = 0, max = 3, assumption = true) double noncitizenClustering,
    @Param(doc = "The jail's release policy at the start of the run (including the warm-up):"
        + " the name of a bundled policy (HONOR_DETAINERS, NOTIFY_ONLY, SERIOUS_ONLY,"
        + " NO_COOPERATION) or of one defined under policies.", source = "scenario input",
        allowed = PolicyCatalog.NAMES_ALLOWED) String policy,
    @Param(doc = "Later policy changes, in time order.", min = 0, max = 100,
        source = "scenario input") List<PolicyChange> policyChanges,
    @Param(doc = "ICE officers who work this county's jail transfers and at-large cases"
        + " (headcount, each working the hours set in ice.hoursPerOfficerDay).", unit = "officers",
        min = 0, max = 10_000, assumption = true) int iceOfficers)
    implements java.io.Serializable {

  public static final JurisdictionParams DEFAULTS = new JurisdictionParams("County", 100_000, 10,
      10, GroupShares.DEFAULTS, 0.8, BundledPolicy.NO_COOPERATION.name(), List.of(), 4);

  public JurisdictionParams {
    policyChanges = List.copyOf(policyChanges);
    for (int i = 1; i < policyChanges.size(); i++) {
      require(policyChanges.get(i).fromYear() >= policyChanges.get(i - 1).fromYear(),
          "policyChanges", "policy changes must be in time order (fromYear "
              + policyChanges.get(i).fromYear() + " comes after " + policyChanges.get(i - 1)
              .fromYear() + ")");
    }
  }

  public int tractCount() {
    return tractColumns * tractRows;
  }

  // Copies with one component replaced (see ScenarioParams): callers name what they change.
  public JurisdictionParams withName(String name) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withPopulation(int population) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withTractColumns(int tractColumns) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withTractRows(int tractRows) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withGroupShares(GroupShares groupShares) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withNoncitizenClustering(double noncitizenClustering) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withPolicy(String policy) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withPolicyChanges(List<PolicyChange> policyChanges) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }

  public JurisdictionParams withIceOfficers(int iceOfficers) {
    return new JurisdictionParams(name, population, tractColumns, tractRows, groupShares,
        noncitizenClustering, policy, policyChanges, iceOfficers);
  }
}
