package org.releasesim.model;

import org.releasesim.model.param.JurisdictionParams;

/** A county: its tracts and residents, its jail and policy timeline, trust, and ICE office. */
public final class Jurisdiction implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final JurisdictionParams params;
  private final TractGrid grid;
  private final int firstTract;
  private final double[] removableDensity;
  private final PolicyTimeline policy;
  private final Jail jail = new Jail();
  private final StockIntegrator iceCustody = new StockIntegrator();
  private TrustField trust;
  private ReportingPerception reportingPerception;
  private IceFieldOffice iceOffice;
  private final long[] populationByGroup = new long[Group.count()];
  private double[] noncitizenTractCdf;

  Jurisdiction(int index, JurisdictionParams params, int firstTract, PolicyTimeline policy) {
    this.index = index;
    this.params = params;
    this.grid = new TractGrid(params.tractColumns(), params.tractRows());
    this.firstTract = firstTract;
    this.policy = policy;
    this.removableDensity = new double[grid.count()];
  }

  public int index() {
    return index;
  }

  public String name() {
    return params.name();
  }

  public JurisdictionParams params() {
    return params;
  }

  public TractGrid grid() {
    return grid;
  }

  /** Global index of this jurisdiction's first tract. */
  public int firstTract() {
    return firstTract;
  }

  /** Whether a global tract index belongs to this jurisdiction. */
  public boolean ownsTract(int globalTract) {
    return globalTract >= firstTract && globalTract < firstTract + grid.count();
  }

  /** A tract's share of removable residents relative to the county's (1 = average). */
  public double removableDensity(int localTract) {
    return removableDensity[localTract];
  }

  void setRemovableDensity(int localTract, double density) {
    removableDensity[localTract] = density;
  }

  public PolicyTimeline policyTimeline() {
    return policy;
  }

  public Jail jail() {
    return jail;
  }

  public TrustField trust() {
    return trust;
  }

  void setTrust(TrustField trust) {
    this.trust = trust;
  }

  /** What offenders here have seen of each group's reporting (victim targeting). */
  ReportingPerception reportingPerception() {
    return reportingPerception;
  }

  void setReportingPerception(ReportingPerception perception) {
    this.reportingPerception = perception;
  }

  public IceFieldOffice iceOffice() {
    return iceOffice;
  }

  void setIceOffice(IceFieldOffice office) {
    this.iceOffice = office;
  }

  /** Residents living in the county now (including in its jail; not in prison, ICE, removed). */
  public long population() {
    long n = 0;
    for (long v : populationByGroup) {
      n += v;
    }
    return n;
  }

  /** Residents of a group living in the county now. */
  public long population(int group) {
    return populationByGroup[group];
  }

  void changePopulation(int group, long delta) {
    populationByGroup[group] += delta;
  }

  /** Cumulative distribution of non-citizen residents over local tracts. */
  double[] noncitizenTractCdf() {
    return noncitizenTractCdf;
  }

  void setNoncitizenTractCdf(double[] cdf) {
    this.noncitizenTractCdf = cdf;
  }

  StockIntegrator iceCustody() {
    return iceCustody;
  }
}
