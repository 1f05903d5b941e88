package org.releasesim.model.param;

/** A change of a jurisdiction's release policy at a given time. */
public record PolicyChange(
    @Param(doc = "When the new policy takes effect, in years after the warm-up ends (0 = the start"
        + " of the recorded period; negative values fall in the warm-up). It must fall within"
        + " the run (from minus the warm-up to before the end of the recorded years); a change"
        + " outside it would never take effect and is refused.", unit = "years",
        min = -50, max = 100, source = "scenario input") double fromYear,
    @Param(doc = "The policy in force from then on: a bundled policy's name or one defined under"
        + " policies.", source = "scenario input", allowed = PolicyCatalog.NAMES_ALLOWED)
    String policy)
    implements java.io.Serializable {

  public static final PolicyChange DEFAULTS =
      new PolicyChange(0, BundledPolicy.NO_COOPERATION.name());
}
