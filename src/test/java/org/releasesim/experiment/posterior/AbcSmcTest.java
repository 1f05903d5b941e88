package org.releasesim.experiment.posterior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The ABC-SMC engine on a toy simulator whose posterior is known in closed form: the mean of n
 * normal observations with known variance, under a flat prior.
 *
 * <p>The simulator returns theta + s Z with s the standard error of the mean. Accepting
 * |simulated - observed| &lt;= eps s makes the ABC posterior of theta the convolution of the
 * exact posterior N(observed, s^2) with a uniform on [-eps s, eps s]: mean = observed,
 * variance = s^2 (1 + eps^2 / 3). The tolerance the sampler reaches gives eps.
 */
class AbcSmcTest {
  static final double S = 0.5;
  static final double OBSERVED = 1.0;

  /** theta[0] + S Z, Z from the candidate's own seed. */
  static Simulator normalMean(double s) {
    return batch -> {
      List<double[]> out = new ArrayList<>();
      for (Candidate c : batch) {
        out.add(new double[] {c.theta()[0] + s * new Well19937c(c.seed()).nextGaussian()});
      }
      return out;
    };
  }

  static AbcSmc engine(int particles, int batch, int generations, long seed) {
    return new AbcSmc(List.of(new FittedParameter("theta", new Prior.Uniform(-5, 5))),
        List.of(new ObservedTarget("mean", OBSERVED, S)),
        new AbcSettings(particles, batch, generations, 0, 0.02, seed));
  }

  @Test
  void posteriorOfANormalMeanMatchesTheClosedForm() {
    AbcSmc abc = engine(600, 1200, 10, 7);
    List<Generation> gens = abc.run(normalMean(S), List.of(), g -> { });
    Generation last = gens.get(gens.size() - 1);
    double eps = last.tolerance();
    assertTrue(eps < 0.6, "the tolerance fell to " + eps);
    double[] w = last.normalisedWeights();
    double mean = WeightedSample.mean(last.values(0), w);
    double sd = WeightedSample.sd(last.values(0), w);
    double expectedSd = S * Math.sqrt(1 + eps * eps / 3);
    assertEquals(OBSERVED, mean, 0.06, "posterior mean");
    assertEquals(expectedSd, sd, 0.1 * expectedSd, "posterior sd (tolerance " + eps + ")");
  }

  @Test
  void toleranceNeverRisesAndWeightsSumToOne() {
    AbcSmc abc = engine(100, 200, 6, 11);
    List<Generation> gens = abc.run(normalMean(S), List.of(), g -> { });
    for (int t = 1; t < gens.size(); t++) {
      assertTrue(gens.get(t).tolerance() <= gens.get(t - 1).tolerance());
      assertEquals(100, gens.get(t).particles().size());
    }
    double sum = 0;
    for (double w : gens.get(gens.size() - 1).normalisedWeights()) {
      assertTrue(w >= 0);
      sum += w;
    }
    assertEquals(1, sum, 1e-12);
    // the prior sample keeps the nearest N of M: acceptance N / M
    assertEquals(0.5, gens.get(0).acceptanceRate(), 1e-12);
  }

  @Test
  void generationsContinuedFromASavedOneAreTheSame() {
    List<Generation> whole = engine(50, 100, 5, 3).run(normalMean(S), List.of(), g -> { });
    List<Generation> firstTwo = new ArrayList<>();
    AbcSmc interrupted = engine(50, 100, 2, 3);
    interrupted.run(normalMean(S), List.of(), firstTwo::add);
    // a fresh engine (a new process) continues from generation 1
    List<Generation> resumed = engine(50, 100, 5, 3).run(normalMean(S), firstTwo, g -> { });
    assertEquals(whole.size(), resumed.size());
    Generation a = whole.get(whole.size() - 1);
    Generation b = resumed.get(resumed.size() - 1);
    assertEquals(a.tolerance(), b.tolerance());
    for (int i = 0; i < a.particles().size(); i++) {
      assertArrayEquals(a.particles().get(i).theta(), b.particles().get(i).theta());
      assertEquals(a.particles().get(i).weight(), b.particles().get(i).weight());
    }
  }

  @Test
  void generationsCompletedFromBatchesSimulatedInPiecesAreTheSame() {
    List<Generation> whole = engine(50, 100, 4, 3).run(normalMean(S), List.of(), g -> { });
    // a fresh engine per step, as each process of a sharded calibration has
    List<Generation> pieces = new ArrayList<>();
    for (int t = 0; t < whole.size(); t++) {
      AbcSmc.Proposal p = engine(50, 100, 4, 3).propose(pieces);
      List<Candidate> batch = p.batch();
      // the odd candidates first, then the even ones, put back in batch order
      List<double[]> simulated = new ArrayList<>(Collections.nCopies(batch.size(),
          null));
      for (int start : new int[] {1, 0}) {
        for (int i = start; i < batch.size(); i += 2) {
          simulated.set(i, normalMean(S).simulate(List.of(batch.get(i))).get(0));
        }
      }
      pieces.add(engine(50, 100, 4, 3).complete(p, simulated));
    }
    for (int t = 0; t < whole.size(); t++) {
      Generation a = whole.get(t);
      Generation b = pieces.get(t);
      assertEquals(a.tolerance(), b.tolerance());
      assertEquals(a.draws(), b.draws());
      for (int i = 0; i < a.particles().size(); i++) {
        assertArrayEquals(a.particles().get(i).theta(), b.particles().get(i).theta());
        assertEquals(a.particles().get(i).weight(), b.particles().get(i).weight());
      }
    }
  }

  @Test
  void stopsWhenTheFinalToleranceIsReached() {
    AbcSmc abc = new AbcSmc(List.of(new FittedParameter("theta", new Prior.Uniform(-5, 5))),
        List.of(new ObservedTarget("mean", OBSERVED, S)), new AbcSettings(50, 100, 20, 1.5, 0,
            5));
    List<Generation> gens = abc.run(normalMean(S), List.of(), g -> { });
    Generation last = gens.get(gens.size() - 1);
    assertTrue(last.tolerance() <= 1.5);
    assertEquals(AbcSmc.Stop.TOLERANCE, abc.stop(last).orElseThrow());
    assertTrue(gens.size() < 20);
  }

  @Test
  void runsWithoutAValueAreCountedPerGenerationAndNeverKept() {
    // the county cannot measure its target where theta > 3: a tenth of the prior
    Simulator partlyMeasured = batch -> {
      List<double[]> out = new ArrayList<>();
      for (Candidate c : batch) {
        out.add(new double[] {c.theta()[0] > 3 ? Double.NaN
            : c.theta()[0] + S * new Well19937c(c.seed()).nextGaussian()});
      }
      return out;
    };
    List<List<Candidate>> batches = new ArrayList<>();
    Simulator recording = batch -> {
      batches.add(List.copyOf(batch));
      return partlyMeasured.simulate(batch);
    };
    List<Generation> gens = engine(50, 100, 3, 5).run(recording, List.of(), g -> { });
    assertEquals(batches.size(), gens.size());
    for (int t = 0; t < gens.size(); t++) {
      long beyond = batches.get(t).stream().filter(c -> c.theta()[0] > 3).count();
      assertEquals(beyond, gens.get(t).unmeasured(), "generation " + t);
      for (Particle p : gens.get(t).particles()) {
        assertTrue(p.theta()[0] <= 3, "a run without a value was kept: " + p.theta()[0]);
      }
    }
    // the prior sample puts about a tenth of its 100 candidates there
    assertTrue(gens.get(0).unmeasured() >= 3 && gens.get(0).unmeasured() <= 20,
        "prior candidates beyond 3: " + gens.get(0).unmeasured());
  }
}
