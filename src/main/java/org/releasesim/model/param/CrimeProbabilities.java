package org.releasesim.model.param;

/** One probability per crime type, as the owning field says. */
public record CrimeProbabilities(
    @Param(doc = "Violent offences (including sexual offences).", min = 0, max = 1,
        source = "see owning field") double violent,
    @Param(doc = "Property offences.", min = 0, max = 1, source = "see owning field")
    double property,
    @Param(doc = "Drug offences (no victim).", min = 0, max = 1, source = "see owning field")
    double drug,
    @Param(doc = "Public-order offences (no victim).", min = 0, max = 1,
        source = "see owning field") double publicOrder)
    implements java.io.Serializable {

  /** The value for a crime type index (0 violent, 1 property, 2 drug, 3 public order). */
  public double get(int type) {
    return switch (type) {
      case 0 -> violent;
      case 1 -> property;
      case 2 -> drug;
      case 3 -> publicOrder;
      default -> throw new IllegalArgumentException("crime type index " + type);
    };
  }
}
