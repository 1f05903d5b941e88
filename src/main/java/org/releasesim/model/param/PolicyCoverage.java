package org.releasesim.model.param;

/**
 * Whom a release policy covers, among the people ICE has lodged a detainer on: a person is
 * covered if any of the criteria switched on applies. ICE gets notice (and a hold, if the
 * policy holds) only for covered people; the others are released as if the detainer had been
 * declined. The criteria are the facts the model keeps on each person; a judicial warrant is not
 * one of them (ICE never obtains one in the model), so rules that turn on it cannot be written.
 */
public record PolicyCoverage(
    @Param(doc = "Everyone with a detainer.", source = "scenario input") boolean everyone,
    @Param(doc = "People whose current case has a violent charge (the most serious charge of the"
        + " case the person is being released on).", source = "scenario input")
    boolean violentCharge,
    @Param(doc = "People with a violent conviction on record: from an earlier case, or from the"
        + " current one once convicted (a release at the end of a jail sentence for a violent"
        + " offence counts).", source = "scenario input") boolean violentConviction,
    @Param(doc = "People with any conviction on record (earlier cases, or the current one once"
        + " convicted).", source = "scenario input") boolean conviction,
    @Param(doc = "People removed from the United States before (who came back).",
        source = "scenario input") boolean priorRemoval)
    implements java.io.Serializable {

  /** Nobody: the default of a policy that does not say whom it covers. */
  public static final PolicyCoverage DEFAULTS =
      new PolicyCoverage(false, false, false, false, false);

  /** Everyone with a detainer. */
  public static final PolicyCoverage EVERYONE =
      new PolicyCoverage(true, false, false, false, false);

  /** Whether the policy covers anybody at all. */
  public boolean anybody() {
    return everyone || violentCharge || violentConviction || conviction || priorRemoval;
  }

  /**
   * Whether a person with these facts is covered.
   *
   * @param hasViolentCharge the current case's most serious charge is violent
   * @param hasViolentConviction a violent conviction is on record
   * @param isConvicted any conviction is on record
   * @param wasRemoved the person was removed from the country before
   */
  public boolean covers(boolean hasViolentCharge, boolean hasViolentConviction,
      boolean isConvicted, boolean wasRemoved) {
    return everyone || (violentCharge && hasViolentCharge)
        || (violentConviction && hasViolentConviction) || (conviction && isConvicted)
        || (priorRemoval && wasRemoved);
  }
}
