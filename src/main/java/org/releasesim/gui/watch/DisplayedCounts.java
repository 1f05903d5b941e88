package org.releasesim.gui.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.releasesim.model.Jurisdiction;
import org.releasesim.model.PersonState;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.metrics.Metric;

/**
 * The counts the GUI shows (from its census of the population, its own tally of model events,
 * and its charts' data), next to the same quantities from the model's own running counters, as
 * written by {@code --counts}. Equal pairs show that what a person sees is what the model
 * counted. The GUI's totals start when recording starts; during the warm-up the model's flow
 * counters still include the warm-up, so compare them from day 0 on.
 *
 * @param shown what the map, legend and charts show
 * @param model the model's counters for the same quantities
 */
public record DisplayedCounts(Map<String, Double> shown, Map<String, Double> model) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  public static DisplayedCounts of(WatchedRun run) {
    Map<String, Double> shown = new LinkedHashMap<>();
    Map<String, Double> model = new LinkedHashMap<>();
    PersonCensus census = run.census();
    ReleaseSim sim = run.sim();
    long jail = 0;
    long modelJail = 0;
    for (Jurisdiction j : sim.jurisdictions()) {
      jail += census.jailTotal(j.index());
      modelJail += j.jail().total();
    }
    shown.put("jail_population", (double) jail);
    model.put("jail_population", (double) modelJail);
    for (DotState s : new DotState[] {DotState.PRETRIAL, DotState.SENTENCED,
        DotState.DETAINER_HOLD}) {
      shown.put("jail_" + s.name().toLowerCase(java.util.Locale.ROOT), (double) census.total(s));
      model.put("jail_" + s.name().toLowerCase(java.util.Locale.ROOT), (double) sim.jurisdictions()
          .stream().mapToLong(j -> j.jail().count(modelState(s))).sum());
    }
    shown.put("ice_custody", (double) census.total(DotState.ICE_CUSTODY));
    model.put("ice_custody", (double) (sim.ledger().into(PersonState.ICE_CUSTODY)
        - sim.ledger().outOf(PersonState.ICE_CUSTODY)));
    GuiTallies t = run.events().tallies();
    shown.put("crimes_since_warmup", (double) t.offences());
    model.put("crimes_since_warmup", MetricSums.total(sim.metrics(), Metric.CRIMES, true));
    shown.put("crimes_in_closed_intervals", run.charts().crimesInClosedIntervals());
    model.put("crimes_in_closed_intervals", MetricSums.total(sim.metrics(), Metric.CRIMES, false));
    shown.put("collateral_arrests", (double) t.collateralArrests());
    model.put("collateral_arrests", MetricSums.total(sim.metrics(), Metric.COLLATERAL_ARRESTS, true));
    return new DisplayedCounts(shown, model);
  }

  /** Whether every quantity shown equals the model's. */
  public boolean allMatch() {
    return shown.keySet().stream().allMatch(k -> shown.get(k).equals(model.get(k)));
  }

  /** Writes the counts, with the run's name, seed and day, as JSON. */
  public void write(Path file, WatchedRun run, String scenarioName) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenarioName);
    root.put("seed", run.sim().params().seed());
    root.put("day", run.clock().recordedDay(run.reached()));
    root.put("day_label", run.dayLabel());
    root.put("schedule_time", run.reached());
    root.put("persons_drawn", run.drawsPersons() ? run.census().everyone() : 0);
    root.put("shown", shown);
    root.put("model", model);
    root.put("all_match", allMatch());
    JSON.writeValue(file.toFile(), root);
  }

  private static PersonState modelState(DotState s) {
    return switch (s) {
      case PRETRIAL -> PersonState.JAIL_PRETRIAL;
      case SENTENCED -> PersonState.JAIL_SENTENCED;
      default -> PersonState.DETAINER_HOLD;
    };
  }
}
