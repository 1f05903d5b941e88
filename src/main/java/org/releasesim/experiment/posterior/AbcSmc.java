package org.releasesim.experiment.posterior;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.releasesim.experiment.sweep.SeedAssigner;
import org.releasesim.experiment.sweep.SeedSequence;

/**
 * Approximate Bayesian computation by sequential Monte Carlo with population Monte Carlo
 * weights (Beaumont, Cornuet, Marin and Robert 2009, Biometrika 96(4)) and a tolerance that
 * adapts to the simulations (Del Moral, Doucet and Jasra 2012, Statistics and Computing 22;
 * Drovandi and Pettitt 2011, Biometrics 67; in the fixed-batch form of Lenormand, Jabot and
 * Deffuant 2013, "Adaptive approximate Bayesian computation for complex models", Computational
 * Statistics 28).
 *
 * <p>Generation 0 draws M candidates from the prior. Every later generation draws a fixed batch
 * of M candidates: a kept particle chosen by weight, moved by the Gaussian kernel of {@link
 * PerturbationKernel}, drawn again while it falls outside the prior's support. The whole batch
 * is simulated at once (in parallel, by the {@link Simulator}). The distance of a simulation is
 * {@code sqrt(sum(((simulated - published) / se)^2))}. The N nearest of the kept particles and
 * the new candidates are kept; the tolerance is the largest distance kept, so it never rises.
 * A new particle's weight is its prior density over the density of the proposal that drew it:
 * {@code prior(theta) / (sum_j w_j K(theta | theta_j) / Z)}, with Z the share of kernel draws
 * that fell inside the prior's support. Weights written this way are importance weights on one
 * scale whatever generation drew the particle (a prior draw has weight 1), so particles of
 * earlier generations can be kept beside new ones: the kept set is every simulation so far
 * within the tolerance, weighted by its own proposal.
 *
 * <p>It stops after the configured generations, when the tolerance reaches the final
 * tolerance, or when fewer than the configured share of a batch enters the kept particles.
 *
 * <p>Every random number comes from the master seed: the proposals of generation t from a
 * stream of their own, each run's seed from {@link SeedAssigner} keyed by (candidate,
 * generation). A generation can therefore be recomputed from the one before it alone, which is
 * what resuming an interrupted calibration relies on, and what lets shards on other machines
 * simulate parts of one batch ({@link #propose}) that {@link #complete} then joins. One engine
 * serves one calibration, from one thread.
 */
public final class AbcSmc {
  /** Why the sampler stopped. */
  public enum Stop {
    GENERATIONS("the configured number of generations ran"),
    TOLERANCE("the tolerance reached the final tolerance"),
    ACCEPTANCE("too few candidates entered the kept particles (the tolerance hardly falls)");

    private final String reason;

    Stop(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** Kernel draws allowed per candidate before the support is judged unreachable. */
  private static final int MAX_DRAWS_PER_CANDIDATE = 10_000;

  private final List<FittedParameter> parameters;
  private final List<ObservedTarget> targets;
  private final AbcSettings settings;
  private final SeedSequence sequence;
  private final SeedAssigner seeds;
  private final Map<Integer, int[]> seedsByGeneration = new HashMap<>();
  private int seededThrough = -1;

  public AbcSmc(List<FittedParameter> parameters, List<ObservedTarget> targets,
      AbcSettings settings) {
    if (parameters.isEmpty() || targets.isEmpty()) {
      throw new IllegalArgumentException("a calibration needs at least one parameter and one"
          + " target");
    }
    this.parameters = List.copyOf(parameters);
    this.targets = List.copyOf(targets);
    this.settings = settings;
    this.sequence = new SeedSequence(settings.seed());
    this.seeds = new SeedAssigner(settings.seed());
  }

  public List<FittedParameter> parameters() {
    return parameters;
  }

  public List<ObservedTarget> targets() {
    return targets;
  }

  public AbcSettings settings() {
    return settings;
  }

  /**
   * Runs generations until a stopping rule holds.
   *
   * @param done generations already run (empty for a new calibration; the last is continued)
   * @param finished told of each new generation as it completes (to save it)
   * @return every generation, those given first
   */
  public List<Generation> run(Simulator simulator, List<Generation> done,
      Consumer<Generation> finished) {
    List<Generation> all = new ArrayList<>(done);
    while (all.isEmpty() || stop(all.get(all.size() - 1)).isEmpty()) {
      Proposal p = propose(all);
      Generation g = complete(p, simulator.simulate(p.batch()));
      all.add(g);
      finished.accept(g);
    }
    return all;
  }

  /** Why the sampler stops after {@code g}, or empty if it goes on. */
  public Optional<Stop> stop(Generation g) {
    if (g.index() + 1 >= settings.generations()) {
      return Optional.of(Stop.GENERATIONS);
    }
    if (g.tolerance() <= settings.finalTolerance()) {
      return Optional.of(Stop.TOLERANCE);
    }
    if (g.index() > 0 && g.acceptanceRate() < settings.minAcceptance()) {
      return Optional.of(Stop.ACCEPTANCE);
    }
    return Optional.empty();
  }

  /**
   * A generation's batch before it is simulated: everything the generation needs besides the
   * simulations, so that the batch can be simulated elsewhere (in shards, on other machines)
   * and the generation completed later by {@link #complete}.
   *
   * @param generation the generation it is for
   * @param previous the kept particles it competes with (none for generation 0)
   * @param batch the candidates, in batch order
   * @param weights each candidate's importance weight should it be kept
   * @param draws kernel draws made to find the batch
   */
  public record Proposal(int generation, List<Particle> previous, List<Candidate> batch,
      double[] weights, long draws) {
    public Proposal {
      previous = List.copyOf(previous);
      batch = List.copyOf(batch);
      weights = weights.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }
  }

  /**
   * The batch of the generation after those {@code done}: generation 0's from the prior when
   * none is, else the one after the last (which alone it depends on).
   */
  public Proposal propose(List<Generation> done) {
    return done.isEmpty() ? proposeFirst() : proposeAfter(done.get(done.size() - 1));
  }

  /** Completes a proposed generation with its batch's simulated targets, in batch order. */
  public Generation complete(Proposal p, List<double[]> simulated) {
    return keep(p.generation(), p.previous(), p.batch(), simulated, p.weights(), p.draws());
  }

  /** Generation 0: a batch drawn from the prior, each kept with weight 1 if among the nearest N. */
  private Proposal proposeFirst() {
    RandomGenerator random = proposals(0);
    int[] runSeeds = seedsOf(0);
    List<Candidate> batch = new ArrayList<>();
    for (int i = 0; i < settings.batch(); i++) {
      double[] theta = new double[parameters.size()];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = parameters.get(k).prior().sample(random);
      }
      batch.add(new Candidate(i, theta, runSeeds[i]));
    }
    double[] weights = new double[batch.size()];
    java.util.Arrays.fill(weights, 1);
    return new Proposal(0, List.of(), batch, weights, batch.size());
  }

  /** The generation after {@code previous}: kernel moves of its particles, weighted. */
  private Proposal proposeAfter(Generation previous) {
    int t = previous.index() + 1;
    RandomGenerator random = proposals(t);
    int[] runSeeds = seedsOf(t);
    List<Particle> old = previous.particles();
    double[] w = previous.normalisedWeights();
    double[] cumulative = new double[w.length];
    double sum = 0;
    for (int j = 0; j < w.length; j++) {
      sum += w[j];
      cumulative[j] = sum;
    }
    PerturbationKernel kernel = PerturbationKernel.of(old, w, parameters);
    List<Candidate> batch = new ArrayList<>();
    long draws = 0;
    for (int i = 0; i < settings.batch(); i++) {
      double[] theta;
      do {
        if (++draws > (long) MAX_DRAWS_PER_CANDIDATE * (i + 1)) {
          throw new IllegalStateException("generation " + t + ": " + MAX_DRAWS_PER_CANDIDATE
              + " kernel draws per candidate fell outside the priors' support");
        }
        Particle chosen = old.get(pick(cumulative, random.nextDouble()));
        theta = kernel.perturb(chosen.theta(), random);
      } while (priorDensity(theta) == 0);
      batch.add(new Candidate(i, theta, runSeeds[i]));
    }
    double inside = settings.batch() / (double) draws;
    double[] weights = new double[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      double[] theta = batch.get(i).theta();
      double proposal = 0;
      for (int j = 0; j < old.size(); j++) {
        proposal += w[j] * kernel.density(theta, old.get(j).theta());
      }
      weights[i] = priorDensity(theta) * inside / proposal;
    }
    return new Proposal(t, old, batch, weights, draws);
  }

  private Generation keep(int t, List<Particle> old, List<Candidate> batch,
      List<double[]> simulated, double[] weights, long draws) {
    if (simulated.size() != batch.size()) {
      throw new IllegalStateException("the simulator returned " + simulated.size()
          + " results for " + batch.size() + " candidates");
    }
    List<Particle> pool = new ArrayList<>(old);
    int unmeasured = 0;
    for (int i = 0; i < batch.size(); i++) {
      Candidate c = batch.get(i);
      double d = distance(simulated.get(i));
      unmeasured += d == Double.POSITIVE_INFINITY ? 1 : 0;
      pool.add(new Particle(c.theta(), weights[i], d, t, c.seed()));
    }
    // a stable sort: equal distances keep old particles first, then batch order
    pool.sort(Comparator.comparingDouble(Particle::distance));
    List<Particle> kept = List.copyOf(pool.subList(0, settings.particles()));
    int entered = (int) kept.stream().filter(p -> p.generation() == t).count();
    double tolerance = kept.get(kept.size() - 1).distance();
    return new Generation(t, tolerance, batch.size(), draws, entered, unmeasured, kept);
  }

  /** The distance of simulated targets to the published ones; infinite if any is NaN. */
  public double distance(double[] simulated) {
    double sum = 0;
    for (int i = 0; i < targets.size(); i++) {
      ObservedTarget t = targets.get(i);
      double z = (simulated[i] - t.published()) / t.se();
      sum += z * z;
    }
    return Double.isNaN(sum) ? Double.POSITIVE_INFINITY : Math.sqrt(sum);
  }

  /** The joint prior density (the parameters' priors are independent). */
  public double priorDensity(double[] theta) {
    double density = 1;
    for (int k = 0; k < theta.length; k++) {
      density *= parameters.get(k).prior().density(theta[k]);
    }
    return density;
  }

  /**
   * {@code k} draws from the posterior of {@code g} by weight, each with a run seed of its own,
   * for the posterior predictive check.
   */
  public List<Candidate> posteriorDraws(Generation g, int k) {
    int[] runSeeds = predictiveSeeds(k);
    RandomGenerator random = new Well19937c(sequence.auxiliary("abc-smc predictive draws"));
    double[] w = g.normalisedWeights();
    double[] cumulative = new double[w.length];
    double sum = 0;
    for (int j = 0; j < w.length; j++) {
      sum += w[j];
      cumulative[j] = sum;
    }
    List<Candidate> draws = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Particle p = g.particles().get(pick(cumulative, random.nextDouble()));
      draws.add(new Candidate(i, p.theta(), runSeeds[i]));
    }
    return draws;
  }

  /** A stream for the sampler's own draws of one purpose: proposals, observation noise. */
  public RandomGenerator stream(String purpose) {
    return new Well19937c(sequence.auxiliary(purpose));
  }

  private RandomGenerator proposals(int generation) {
    return new Well19937c(sequence.auxiliary("abc-smc generation " + generation));
  }

  /**
   * The run seeds of a generation's candidates. Seeds are handed out generation by generation
   * in order, so a resumed calibration replays the earlier generations' seeds first and gets
   * the same ones.
   */
  private int[] seedsOf(int generation) {
    while (seededThrough < generation) {
      seededThrough++;
      int[] s = new int[settings.batch()];
      for (int i = 0; i < s.length; i++) {
        s[i] = seeds.seed(i, seededThrough);
      }
      seedsByGeneration.put(seededThrough, s);
    }
    return seedsByGeneration.get(generation);
  }

  /**
   * Seeds for the predictive check: keyed one past the last generation allowed, handed out
   * after every generation's (replayed if need be), so they never repeat a particle's seed.
   */
  private int[] predictiveSeeds(int count) {
    seedsOf(settings.generations() - 1);
    int[] s = new int[count];
    for (int i = 0; i < count; i++) {
      s[i] = seeds.seed(i, settings.generations());
    }
    return s;
  }

  private static int pick(double[] cumulative, double u) {
    double target = u * cumulative[cumulative.length - 1];
    for (int j = 0; j < cumulative.length; j++) {
      if (target < cumulative[j]) {
        return j;
      }
    }
    return cumulative.length - 1;
  }
}
