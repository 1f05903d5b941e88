package org.releasesim.model;

import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.CourtParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.random.PersonStreams;

/**
 * Defendants on pretrial release who leave the county before their case is decided
 * ({@link CourtParams#pretrialDeparturePerYear()}): a constant hazard while the case is pending,
 * competing with disposition, so that with hazard h a year and a mean of d days to disposition
 * a share h / (h + 365.25 / d) of released defendants leaves first. The one who leaves takes the
 * pending case along (it is never decided here) and is replaced by a newcomer, as anyone who
 * moves away is. Off (no event, no random draw) when the rate is 0.
 */
final class PretrialDeparture implements PersonEventHandler {
  private static final long serialVersionUID = 1L;

  private final ReleaseSim sim;
  private final Population population;
  private final PersonStreams streams;
  /** Mean days until leaving, or infinity when the mechanism is off. */
  private final double meanDays;

  PretrialDeparture(ReleaseSim sim) {
    this.sim = sim;
    this.population = sim.population();
    this.streams = sim.streams();
    double perYear = sim.params().courts().pretrialDeparturePerYear();
    this.meanDays = perYear > 0 ? TimeParams.DAYS_PER_YEAR / perYear : Double.POSITIVE_INFINITY;
    sim.register(this, PersonEvent.Kind.PRETRIAL_DEPARTURE);
  }

  /** A defendant on pretrial release reached the community: when might they leave? */
  void caseIsPending(int p, double now) {
    if (meanDays < Double.POSITIVE_INFINITY) {
      sim.schedulePerson(p, PersonEvent.Kind.PRETRIAL_DEPARTURE,
          now + streams.exponential(p, meanDays));
    }
  }

  @Override
  public void handle(PersonEvent e, double now) {
    int p = e.person;
    // a case decided without a sentence leaves the person in the community with this event
    // still current: only someone still awaiting disposition leaves
    if (!population.has(p, Population.ON_PRETRIAL_RELEASE)) {
      return;
    }
    sim.metrics().count(Metric.PRETRIAL_DEPARTURES, sim.homeOf(p).index(), 0,
        population.groupIndex(p));
    sim.turnover().leaveCounty(p, now);
  }
}
