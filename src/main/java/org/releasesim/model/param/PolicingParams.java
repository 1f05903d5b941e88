package org.releasesim.model.param;

/** Clearance of reported crimes, detection of victimless offences, and arrest. */
public record PolicingParams(
    @Param(doc = "Probability that a reported crime is cleared by arrest, by type, with full"
        + " witness cooperation. Drug and public-order entries are unused.", unit = "probability",
        source = "FBI Crime in the United States 2019: violent 45.5%, property 17.2%")
    CrimeProbabilities clearanceRates,
    @Param(doc = "Probability that police detect a victimless offence and arrest, by type."
        + " Violent and property entries are unused.", unit = "probability", assumption = true)
    CrimeProbabilities detectionRates,
    @Param(doc = "Switch: clearance falls when witnesses in the tract distrust police.",
        source = "model design (ODD section 7.3); no published elasticity", assumption = true)
    boolean witnessCooperation,
    @Param(doc = "Elasticity of clearance with respect to the tract's population-weighted"
        + " trust (clearance x trust^elasticity).", unit = "elasticity", min = 0, max = 5,
        assumption = true) double witnessElasticity,
    @Param(doc = "Mean delay from a cleared offence to the offender's arrest (exponential).",
        unit = "days", min = 0, max = 365, assumption = true) double arrestDelayDays)
    implements java.io.Serializable {

  public static final PolicingParams DEFAULTS = new PolicingParams(
      new CrimeProbabilities(0.455, 0.172, 0, 0), new CrimeProbabilities(0, 0, 0.09, 0.14),
      true, 1.0, 7);
}
