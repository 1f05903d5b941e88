package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

/**
 * The outcome columns of a sweep: a standard set that is the same for every sweep (every metric's
 * scenario total, and each group's trust), so that runs.csv files of different sweeps line up,
 * followed by the extra outcomes a sweep file asks for. The outcomes it names are its primary
 * ones: the charts and the console table show those.
 *
 * @param columns every outcome, in column order
 * @param primary indices into {@code columns} of the outcomes to chart and print
 */
public record OutcomeSet(List<OutcomeSpec> columns, List<Integer> primary) {
  /** Primary outcomes when a sweep names none. */
  public static final List<String> DEFAULT_PRIMARY = List.of(Metric.CRIMES.id(),
      Metric.REPORTING_RATE.id(), Metric.CUSTODIAL_TRANSFERS.id(), Metric.AT_LARGE_ARRESTS.id(),
      Metric.REMOVALS.id());

  public OutcomeSet {
    columns = List.copyOf(columns);
    primary = List.copyOf(primary);
  }

  /** The standard set plus {@code requested}, whose columns are the primary outcomes. */
  public static OutcomeSet of(List<OutcomeSpec> requested) {
    Map<String, OutcomeSpec> byColumn = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      if (m.additive()) {
        byColumn.put(m.id(), new OutcomeSpec(m, SeriesPoint.ALL, SeriesPoint.ALL,
            SeriesPoint.ALL));
      } else {
        for (String group : m.groups()) {
          OutcomeSpec spec = new OutcomeSpec(m, SeriesPoint.ALL, group, SeriesPoint.ALL);
          byColumn.put(spec.column(), spec);
        }
      }
    }
    List<OutcomeSpec> wanted = requested.isEmpty()
        ? DEFAULT_PRIMARY.stream().map(OutcomeSpec::parse).toList() : requested;
    for (OutcomeSpec spec : wanted) {
      byColumn.putIfAbsent(spec.column(), spec);
    }
    List<OutcomeSpec> columns = new ArrayList<>(byColumn.values());
    List<Integer> primary = new ArrayList<>();
    for (OutcomeSpec spec : wanted) {
      int index = columns.indexOf(byColumn.get(spec.column()));
      if (!primary.contains(index)) {
        primary.add(index);
      }
    }
    return new OutcomeSet(columns, primary);
  }

  /** The column names. */
  public List<String> names() {
    return columns.stream().map(OutcomeSpec::column).toList();
  }

  /** The column index of an outcome, or -1. */
  public int indexOf(String column) {
    return names().indexOf(column);
  }

  /** Every outcome's value in a run's summary, in column order. */
  public List<Double> extract(List<SummaryRow> summary) {
    Map<String, SummaryRow> index = new HashMap<>();
    for (SummaryRow r : summary) {
      index.put(OutcomeSpec.key(r.jurisdiction(), r.metric(), r.type(), r.group(), r.status()),
          r);
    }
    String scope = summary.stream().map(SummaryRow::jurisdiction).distinct().count() > 1
        ? SeriesPoint.ALL : summary.get(0).jurisdiction();
    List<Double> values = new ArrayList<>(columns.size());
    for (OutcomeSpec spec : columns) {
      values.add(spec.valueIn(index, scope));
    }
    return values;
  }
}
