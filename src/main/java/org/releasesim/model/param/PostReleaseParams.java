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
        source = "calibrated to BJS NCJ 244205 / NCJ 256094") List<PostReleasePeriod> periods)
    implements java.io.Serializable {

  public static final PostReleaseParams DEFAULTS = new PostReleaseParams(true, List.of(
      new PostReleasePeriod(90, 3.0), new PostReleasePeriod(365, 2.0),
      new PostReleasePeriod(1095, 1.3)));

  public PostReleaseParams {
    periods = List.copyOf(periods);
    for (int i = 1; i < periods.size(); i++) {
      require(periods.get(i).untilDay() > periods.get(i - 1).untilDay(), "periods",
          "post-release periods must be in increasing order of untilDay");
    }
  }
}
