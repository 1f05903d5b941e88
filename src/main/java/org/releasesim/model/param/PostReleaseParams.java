package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

import java.util.List;

/** The elevated offending hazard after release from jail or prison. */
public record PostReleaseParams(
    @Param(doc = "Switch: raise offending after release (off = factor 1 throughout).",
        source = "BJS NCJ 256094: annual arrest share falls from 43% (year 1) to 22% (year 10)")
    boolean enabled,
    @Param(doc = "Periods after release, in increasing order, each with its factor; after the"
        + " last period the factor is 1.", min = 0, max = 50,
        source = "calibrated to the BJS re-arrest curves (NCJ 244205, NCJ 256094): the factor"
            + " falls from 3.7 in the first half year to 2 in the fifth, then to 1; ages advance"
            + " through the follow-up, so ageing out of crime comes from the age factors; see"
            + " docs/calibration.md") List<PostReleasePeriod> periods)
    implements java.io.Serializable {

  public static final PostReleaseParams DEFAULTS = new PostReleaseParams(true, List.of(
      new PostReleasePeriod(183, 3.7), new PostReleasePeriod(365, 2.8),
      new PostReleasePeriod(1095, 2.6), new PostReleasePeriod(1826, 2.0)));

  public PostReleaseParams {
    periods = List.copyOf(periods);
    for (int i = 1; i < periods.size(); i++) {
      require(periods.get(i).untilDay() > periods.get(i - 1).untilDay(), "periods",
          "post-release periods must be in increasing order of untilDay");
    }
  }
}
