package org.releasesim.model;

import java.util.List;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.CrimeRates;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ReleasePolicy;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * A county where nobody offends, dies, moves or changes status, and ICE runs no operations of
 * its own, so nothing happens unless a test makes it happen: a test puts a
 * person in jail with a detainer, sets the ICE officers' bookings, and watches what follows
 * through the model's events. Every time it checks is then set by the mechanism alone.
 */
final class QuietCounty {
  final ReleaseSim sim;
  final Scenarios.EventLog log = new Scenarios.EventLog();
  /** Schedule day at which the test acts. */
  final double now;

  private QuietCounty(ScenarioParams params) {
    sim = new ReleaseSim(params, null);
    sim.setEventListener(log);
    sim.start();
    while (sim.schedule.getTime() < 10) {
      sim.advance();
    }
    now = sim.schedule.getTime();
  }

  /** A quiet county of 400 residents, half of them unauthorized, with the given changes. */
  static QuietCounty of(BundledPolicy policy, int iceOfficers, ScenarioParams changed) {
    return new QuietCounty(scenario(policy, iceOfficers, changed));
  }

  /** A started county from a scenario made by {@link #scenario}. */
  static QuietCounty started(ScenarioParams params) {
    return new QuietCounty(params);
  }

  /** A quiet county whose jail follows a policy defined in the scenario. */
  static QuietCounty of(ReleasePolicy defined, int iceOfficers, ScenarioParams changed) {
    return new QuietCounty(CustomPolicyTest.under(
        scenario(BundledPolicy.NO_COOPERATION, iceOfficers, changed), defined));
  }

  static QuietCounty of(BundledPolicy policy, int iceOfficers) {
    return of(policy, iceOfficers, ScenarioParams.DEFAULTS);
  }

  /** The quiet scenario, taking its other parameters from {@code base}. */
  static ScenarioParams scenario(BundledPolicy policy, int iceOfficers, ScenarioParams base) {
    ScenarioParams s = Scenarios.with(base, "jurisdictions", List.of(new JurisdictionParams(
        "Quiet County", 400, 2, 2, new GroupShares(0.5, 0, 0.5), 0, policy.name(), List.of(),
        iceOfficers)), "time", new TimeParams(0, 1, 7), "seed", 4L);
    s = Scenarios.with(s, "offending", Scenarios.with(s.offending(), "baseRates",
        new CrimeRates(0, 0, 0, 0)));
    // nobody dies, moves or changes status, and ICE works only what the test gives it
    s = Scenarios.with(s, "population", Scenarios.with(s.population(), "turnover",
        Scenarios.with(s.population().turnover(), "enabled", false)));
    return Scenarios.with(s, "ice", Scenarios.with(s.ice(), "communityEnforcement", false));
  }

  /** {@code s} with population turnover switched back on (the quiet county has it off). */
  static ScenarioParams withTurnover(ScenarioParams s) {
    return Scenarios.with(s, "population", Scenarios.with(s.population(), "turnover",
        Scenarios.with(s.population().turnover(), "enabled", true)));
  }

  /** An unauthorized resident still in the community (the first one). */
  int unauthorizedResident() {
    Population pop = sim.population();
    for (int p = 0; p < pop.size(); p++) {
      if (pop.group(p) == Group.UNAUTHORIZED && pop.state(p) == PersonState.COMMUNITY) {
        return p;
      }
    }
    throw new IllegalStateException("no unauthorized resident");
  }

  /** Books the person into the jail now with a detainer on a case of the given type. */
  int jailedWithDetainer(int caseType) {
    int p = unauthorizedResident();
    sim.moveTo(p, PersonState.JAIL_PRETRIAL, 0, now);
    sim.population().setCaseType(p, caseType);
    sim.population().set(p, Population.DETAINER, true);
    return p;
  }

  /** Every ICE officer of the county busy until the given day. */
  void officersBusyUntil(double... freeAt) {
    List<IceOfficer> officers = office().officers();
    for (int i = 0; i < officers.size(); i++) {
      officers.get(i).assign(IceOfficer.Task.TRANSFER, -1, freeAt[Math.min(i, freeAt.length - 1)]);
    }
  }

  IceFieldOffice office() {
    return sim.jurisdictions().get(0).iceOffice();
  }

  /** Runs the schedule up to and including {@code day} (and whatever else fires then). */
  void runUntil(double day) {
    sim.schedule.scheduleOnce(day, Orderings.OBSERVER, state -> { });
    while (sim.schedule.getTime() < day && sim.advance()) {
      // fire the next instant
    }
  }

  /** The person's events from the moment the test acted on. */
  List<ModelEvent> eventsOf(int p) {
    return log.events.stream().filter(e -> e.person() == p && e.day() >= now).toList();
  }

  PersonState state(int p) {
    return sim.population().state(p);
  }
}
