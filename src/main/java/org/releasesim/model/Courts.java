package org.releasesim.model;

import org.releasesim.model.metrics.CaseClosure;
import org.releasesim.model.metrics.DetainerSubject;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.TransferSource;
import org.releasesim.model.metrics.TransferStage;
import org.releasesim.model.param.CourtParams;
import org.releasesim.model.param.DetainerParams;
import org.releasesim.model.param.TimeParams;
import org.releasesim.model.random.PersonStreams;

/**
 * From arrest to sentence: booking (and the federal fingerprint check that may bring a detainer),
 * pretrial detention or release, disposition, jail or prison sentence.
 */
final class Courts implements PersonEventHandler {
  private static final long serialVersionUID = 1L;

  private static final int MAX_PRIORS_COUNTED = 5;

  private final ReleaseSim sim;
  private final Population population;
  private final PersonStreams streams;
  private final CourtParams court;
  private final DetainerParams detainers;

  Courts(ReleaseSim sim) {
    this.sim = sim;
    sim.register(this, PersonEvent.Kind.ARREST, PersonEvent.Kind.PRETRIAL_RELEASE,
        PersonEvent.Kind.DISPOSITION, PersonEvent.Kind.PRISON_RELEASE);
    this.population = sim.population();
    this.streams = sim.streams();
    this.court = sim.params().courts();
    this.detainers = sim.params().detainers();
  }

  /** Police arrest the person for an offence of the given type in a jurisdiction. */
  @Override
  public void handle(PersonEvent e, double now) {
    switch (e.kind) {
      case ARREST -> arrest(e.person, e.crimeType, e.jurisdiction, now);
      case PRETRIAL_RELEASE -> pretrialRelease(e.person, now);
      case DISPOSITION -> dispose(e.person, now);
      case PRISON_RELEASE -> releaseFromPrison(e.person, now);
      default -> throw new IllegalArgumentException("courts do not handle " + e.kind);
    }
  }

  void arrest(int p, int type, int jurisdiction, double now) {
    if (population.state(p) != PersonState.COMMUNITY) {
      return;
    }
    int g = population.groupIndex(p);
    sim.metrics().count(Metric.ARRESTS, jurisdiction, type, g);
    sim.tell(ModelEvent.Kind.ARREST, p, jurisdiction, -1, CrimeType.of(type).name());
    int caseType = type;
    if (population.has(p, Population.ON_PRETRIAL_RELEASE)) {
      sim.metrics().count(Metric.PRETRIAL_REARRESTS, jurisdiction, 0, g);
      caseType = Math.min(type, population.caseType(p));
    }
    book(p, caseType, jurisdiction, now);
  }

  private void book(int p, int caseType, int jurisdiction, double now) {
    sim.moveTo(p, PersonState.JAIL_PRETRIAL, jurisdiction, now);
    population.set(p, Population.ON_PRETRIAL_RELEASE, false);
    population.setCaseType(p, caseType);
    population.addBooking(p);
    sim.metrics().count(Metric.BOOKINGS, jurisdiction, 0, population.groupIndex(p));
    sim.tell(ModelEvent.Kind.BOOKING, p, jurisdiction, -1, CrimeType.of(caseType).name());
    sim.homeOf(p).iceOffice().closeCase(p, CaseClosure.REBOOKED);
    lodgeDetainer(p, jurisdiction, now);
    if (streams.chance(p, detentionProbability(p, caseType))) {
      sim.schedulePerson(p, PersonEvent.Kind.DISPOSITION,
          now + streams.exponential(p, court.detainedDispositionDays()));
    } else {
      sim.schedulePerson(p, PersonEvent.Kind.PRETRIAL_RELEASE,
          now + streams.exponential(p, court.bookingToReleaseDays()));
    }
  }

  private double detentionProbability(int p, int caseType) {
    int priors = Math.min(MAX_PRIORS_COUNTED, population.bookings(p) - 1);
    return Math.min(1, court.pretrialDetention().get(caseType)
        + court.detentionPerPrior() * priors);
  }

  /**
   * Fingerprints reach DHS at every booking; ICE lodges a detainer by its priorities, on those
   * it can identify. One draw whatever the jail's policy, so that runs differing only in
   * whether ICE may interview keep their random numbers paired.
   */
  private void lodgeDetainer(int p, int jurisdiction, double now) {
    population.set(p, Population.DETAINER, false);
    if (!detainers.enabled() || !population.isRemovable(p)) {
      return;
    }
    double chance = withinPriorities(p) ? detainers.lodgeProbability()
        : detainers.outsidePriorityLodgeProbability();
    if (!sim.jurisdiction(jurisdiction).policyTimeline().policyAt(now).iceInterviews()) {
      chance *= identifiedByFingerprints(p);
    }
    if (streams.chance(p, chance)) {
      population.set(p, Population.DETAINER, true);
      sim.metrics().count(Metric.DETAINERS_LODGED, jurisdiction, 0, population.groupIndex(p),
          population.convictions(p) > 0 ? DetainerSubject.CONVICTED
              : DetainerSubject.NO_CONVICTION);
      sim.tell(ModelEvent.Kind.DETAINER_LODGED, p, jurisdiction, -1, "");
    }
  }

  /**
   * Probability that the fingerprint check alone tells ICE the person is removable: DHS takes
   * the fingerprints of lawful non-citizens when it admits them and of anyone it removed or
   * ordered removed; of the other unauthorized residents it holds those of overstays and of
   * people apprehended before. Decided afresh at each booking, not as a lasting trait of the
   * person.
   */
  private double identifiedByFingerprints(int p) {
    boolean onFile = population.group(p) != Group.UNAUTHORIZED
        || population.has(p, Population.PRIOR_REMOVAL)
        || population.has(p, Population.FINAL_ORDER);
    return onFile ? 1 : detainers.unauthorizedFingerprintShare();
  }

  private boolean withinPriorities(int p) {
    return switch (detainers.regime()) {
      case ALL_REMOVABLE -> true;
      case CONVICTED -> population.convictions(p) > 0;
      case SERIOUS_ONLY -> isSerious(p);
    };
  }

  /** A violent current charge or a violent conviction: what "serious" means for policies. */
  boolean isSerious(int p) {
    return population.caseType(p) == CrimeType.VIOLENT.ordinal()
        || population.hasViolentConviction(p);
  }

  /** A defendant not detained leaves jail (subject to the release policy) with a case pending. */
  void pretrialRelease(int p, double now) {
    population.set(p, Population.ON_PRETRIAL_RELEASE, true);
    sim.jailRelease().release(p, now);
  }

  /** Called when a defendant on pretrial release reaches the community. */
  void awaitDisposition(int p, double now) {
    sim.schedulePerson(p, PersonEvent.Kind.DISPOSITION,
        now + streams.exponential(p, court.releasedDispositionDays()));
    sim.pretrialDeparture().caseIsPending(p, now);
  }

  /** The case is decided: acquittal or dismissal, or conviction and sentence. */
  void dispose(int p, double now) {
    population.set(p, Population.ON_PRETRIAL_RELEASE, false);
    int type = population.caseType(p);
    if (!streams.chance(p, court.convictionProbability())) {
      releaseWithoutSentence(p, now);
      return;
    }
    convict(p, type);
    double multiplier = population.isRemovable(p) ? court.removableSentenceMultiplier() : 1;
    if (streams.chance(p, prisonProbability(p, type))) {
      double years = streams.exponential(p, court.prisonYears()) * multiplier;
      sim.moveTo(p, PersonState.PRISON, 0, now);
      if (sim.isWatched()) {
        // formatting is costly, so the detail is written only for a listener
        sim.tell(ModelEvent.Kind.PRISON, p, population.jail(p), -1,
            String.format(java.util.Locale.ROOT, "%.1f years", years));
      }
      sim.schedulePerson(p, PersonEvent.Kind.PRISON_RELEASE,
          now + years * TimeParams.DAYS_PER_YEAR);
    } else if (streams.chance(p, court.jailProbability())) {
      double days = streams.exponential(p, court.jailSentenceDays()) * multiplier;
      serveJailSentence(p, now, days);
    } else {
      releaseWithoutSentence(p, now);
    }
  }

  /** First-conviction prison chance plus a step per prior conviction (not the current one). */
  private double prisonProbability(int p, int type) {
    int priors = Math.min(MAX_PRIORS_COUNTED, population.convictions(p) - 1);
    return Math.min(1, court.prisonProbability().get(type)
        + court.prisonPerPrior().get(type) * priors);
  }

  private void convict(int p, int type) {
    population.addConviction(p);
    if (type == CrimeType.VIOLENT.ordinal()) {
      population.set(p, Population.VIOLENT_CONVICTION, true);
    }
    boolean deportable = type == CrimeType.VIOLENT.ordinal() || type == CrimeType.DRUG.ordinal();
    if (population.group(p) == Group.LAWFUL_NONCITIZEN && deportable) {
      population.set(p, Population.REMOVABLE, true);
    }
  }

  private void serveJailSentence(int p, double now, double days) {
    int jail = population.jail(p);
    boolean committed = population.state(p) == PersonState.COMMUNITY;
    sim.moveTo(p, PersonState.JAIL_SENTENCED, jail, now);
    if (committed) {
      sim.metrics().count(Metric.BOOKINGS, jail, 0, population.groupIndex(p));
      lodgeDetainer(p, jail, now);
    }
    sim.schedulePerson(p, PersonEvent.Kind.JAIL_RELEASE, now + days);
  }

  private void releaseWithoutSentence(int p, double now) {
    if (population.state(p) == PersonState.JAIL_PRETRIAL) {
      sim.jailRelease().release(p, now);
    }
  }

  /** A prison term ends: state prisons hand removable people to ICE whatever the county does. */
  void releaseFromPrison(int p, double now) {
    sim.tell(ModelEvent.Kind.PRISON_RELEASE, p, sim.homeOf(p).index(), -1,
        CrimeType.of(population.caseType(p)).name());
    if (detainers.enabled() && population.isRemovable(p)
        && streams.chance(p, court.prisonToIceProbability())) {
      sim.metrics().count(Metric.CUSTODIAL_TRANSFERS, sim.homeOf(p).index(), 0,
          population.groupIndex(p), TransferSource.PRISON);
      sim.tell(ModelEvent.Kind.CUSTODIAL_TRANSFER, p, sim.homeOf(p).index(), -1, "prison");
      sim.metrics().count(Metric.TRANSFERS_BY_STAGE, sim.homeOf(p).index(), 0, 0,
          TransferStage.PRISON);
      sim.iceCustody().admit(p, now, IceArrestOrigin.PRISON_TRANSFER);
      return;
    }
    sim.jailRelease().toCommunity(p, now, OffenderStatus.RELEASED_NORMALLY);
  }
}
