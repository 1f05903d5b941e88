package org.releasesim.model;

import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.releasesim.model.param.AgeShares;
import org.releasesim.model.param.GroupShares;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * Creates the residents of every jurisdiction. Each person's traits are drawn from the person's
 * own stream, so the same seed gives the same people whatever the policy.
 */
final class PopulationBuilder {
  private final ReleaseSim sim;
  private final ScenarioParams params;
  private final GammaDistribution propensity;
  private final InitialHistory history;
  private int[] tractOwners;

  PopulationBuilder(ReleaseSim sim) {
    this.sim = sim;
    this.params = sim.params();
    double shape = params.population().propensityShape();
    // one distribution over the shared per-person adapter: point it at a person, then sample
    this.propensity = new GammaDistribution(sim.personRandom(0), shape, 1 / shape);
    this.history = new InitialHistory(params);
  }

  Jurisdiction[] build() {
    List<JurisdictionParams> list = params.jurisdictions();
    Jurisdiction[] result = new Jurisdiction[list.size()];
    int tracts = list.stream().mapToInt(JurisdictionParams::tractCount).sum();
    tractOwners = new int[tracts];
    int firstTract = 0;
    for (int j = 0; j < list.size(); j++) {
      JurisdictionParams jp = list.get(j);
      PolicyTimeline timeline = new PolicyTimeline(jp, params::policy, params.time().warmupDays(),
          TimeParams.DAYS_PER_YEAR);
      result[j] = new Jurisdiction(j, jp, firstTract, timeline);
      java.util.Arrays.fill(tractOwners, firstTract, firstTract + jp.tractCount(), j);
      populate(result[j]);
      firstTract += jp.tractCount();
    }
    return result;
  }

  int[] tractOwners() {
    return tractOwners;
  }

  private void populate(Jurisdiction j) {
    JurisdictionParams jp = j.params();
    j.setNoncitizenTractCdf(noncitizenTractWeights(jp));
    int[] groupCounts = new int[jp.tractCount() * Group.count()];
    for (int i = 0; i < jp.population(); i++) {
      int id = createResident(j);
      int tract = sim.population().tract(id) - j.firstTract();
      groupCounts[tract * Group.count() + sim.population().groupIndex(id)]++;
    }
    setTractShares(j, groupCounts);
  }

  /**
   * A newcomer from abroad to {@code j} during the run, of a given group and birth day, with no
   * criminal record here; returns the id.
   */
  int addArrival(Jurisdiction j, Group g, double birthDay) {
    return createPerson(j, g, birthDay);
  }

  /** A resident present at the start, with a criminal history drawn for their age. */
  private int createResident(Jurisdiction j) {
    int id = createPerson(j, null, Double.NaN);
    history.apply(sim.population(), sim.streams(), id, 0);
    return id;
  }

  /**
   * Creates one resident of {@code j} from the person's own stream; group and birth day drawn
   * unless given (a birth day is drawn as NaN).
   */
  private int createPerson(Jurisdiction j, Group given, double givenBirthDay) {
    Population population = sim.population();
    int id = population.size();
    sim.streams().ensureCapacity(id + 1);
    Group g = given != null ? given : drawGroup(id, j.params().groupShares());
    int tracts = j.grid().count();
    int tract = g == Group.CITIZEN ? sim.streams().nextInt(id, tracts)
        : drawWeighted(j.noncitizenTractCdf(), sim.streams().nextDouble(id));
    double birthDay = Double.isNaN(givenBirthDay)
        ? -drawAge(id, params.population().ageShares()) * TimeParams.DAYS_PER_YEAR
        : givenBirthDay;
    sim.personRandom(id);
    float latent = (float) propensity.sample();
    population.add(g, birthDay, j.firstTract() + tract, latent);
    boolean removable = g == Group.UNAUTHORIZED || (g == Group.LAWFUL_NONCITIZEN
        && sim.streams().chance(id, params.population().lawfulRemovableShare()));
    population.set(id, Population.REMOVABLE, removable);
    j.changePopulation(g.ordinal(), 1);
    return id;
  }

  /** Relative non-citizen weight of each tract, lognormal, as a cumulative distribution. */
  private double[] noncitizenTractWeights(JurisdictionParams jp) {
    double sigma = jp.noncitizenClustering();
    double[] cumulative = new double[jp.tractCount()];
    LogNormalDistribution weights = sigma > 0
        ? new LogNormalDistribution(sim.runRandom(), 0, sigma) : null;
    double sum = 0;
    for (int t = 0; t < cumulative.length; t++) {
      sum += weights == null ? 1 : weights.sample();
      cumulative[t] = sum;
    }
    for (int t = 0; t < cumulative.length; t++) {
      cumulative[t] /= sum;
    }
    return cumulative;
  }

  private static int drawWeighted(double[] cumulative, double u) {
    int i = java.util.Arrays.binarySearch(cumulative, u);
    int index = i >= 0 ? i + 1 : -i - 1;
    return Math.min(index, cumulative.length - 1);
  }

  private Group drawGroup(int id, GroupShares s) {
    double u = sim.streams().nextDouble(id);
    if (u < s.citizen()) {
      return Group.CITIZEN;
    }
    return u < s.citizen() + s.lawfulNoncitizen() ? Group.LAWFUL_NONCITIZEN : Group.UNAUTHORIZED;
  }

  /** An age in years: a band by the scenario's shares, then within it the life table's. */
  private double drawAge(int id, AgeShares a) {
    double u = sim.streams().nextDouble(id);
    double[] edges = {a.child(), a.child() + a.young(), a.child() + a.young() + a.adult()};
    int band = 0;
    while (band < edges.length && u >= edges[band]) {
      band++;
    }
    return sim.turnover().lifeTable().stationaryAge(AgeBand.from(band), AgeBand.to(band),
        sim.streams().nextDouble(id));
  }

  private void setTractShares(Jurisdiction j, int[] counts) {
    int tracts = j.grid().count();
    double[] shares = new double[counts.length];
    long removableTotal = 0;
    long residentsTotal = 0;
    for (int t = 0; t < tracts; t++) {
      int n = 0;
      for (int g = 0; g < Group.count(); g++) {
        n += counts[t * Group.count() + g];
      }
      for (int g = 0; g < Group.count(); g++) {
        shares[t * Group.count() + g] = n == 0 ? 0 : counts[t * Group.count() + g] / (double) n;
      }
      removableTotal += counts[t * Group.count() + Group.UNAUTHORIZED.ordinal()];
      residentsTotal += n;
    }
    double countyShare = residentsTotal == 0 ? 0 : removableTotal / (double) residentsTotal;
    for (int t = 0; t < tracts; t++) {
      double local = shares[t * Group.count() + Group.UNAUTHORIZED.ordinal()];
      j.setRemovableDensity(t, countyShare > 0 ? local / countyShare : 0);
    }
    j.setTrust(new TrustField(params.trust(), j.grid(), shares));
    j.setReportingPerception(new ReportingPerception(params.reporting().victimTargeting(),
        tracts, Policing.fullTrustReporting(params)));
  }
}
