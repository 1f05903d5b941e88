package org.releasesim.output.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.experiment.sweep.OutcomeSpec;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunSeriesValue;
import org.releasesim.experiment.sweep.SeriesValue;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.CsvNumbers;

/**
 * {@value #FILE}: the time series of the outcomes a sweep asked for, one row per run, outcome and
 * output interval ({@code run,outcome,day,value,unit}, the unit as in a run's timeseries.csv), in
 * run order. Written only when the sweep file
 * lists {@code timeSeries}; series.csv aggregates it per design point.
 */
public final class SeriesRunsCsv {
  public static final String FILE = "runs-series.csv";
  static final List<String> HEADER = List.of("run", "outcome", "day", "value",
      PointsCsv.UNIT);

  private SeriesRunsCsv() {}

  static String headerLine() {
    return SweepCsv.line(HEADER);
  }

  /** A run's series rows as lines. */
  static List<String> lines(SweepPlan plan, RunRecord r) {
    List<String> lines = new ArrayList<>(r.series().size());
    for (SeriesValue v : r.series()) {
      OutcomeSpec outcome = plan.timeSeries().get(v.outcome());
      lines.add(SweepCsv.line(List.of(Integer.toString(r.run().index()), outcome.column(),
          Integer.toString(v.day()), CsvNumbers.format(v.value()),
          outcome.metric().seriesUnit())));
    }
    return lines;
  }

  /** Reads the file back. */
  public static List<RunSeriesValue> read(Path file, SweepPlan plan) throws IOException {
    List<String> columns = plan.timeSeries().stream().map(OutcomeSpec::column).toList();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<RunSeriesValue> values = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord row : parser) {
        int outcome = columns.indexOf(row.get(1));
        if (row.size() != HEADER.size() || outcome < 0) {
          throw new SweepException(file + ", line " + (row.getRecordNumber() + 1)
              + ": not a time-series row of this sweep.");
        }
        try {
          values.add(new RunSeriesValue(Integer.parseInt(row.get(0)), new SeriesValue(outcome,
              Integer.parseInt(row.get(2)), CsvNumbers.parse(row.get(3)))));
        } catch (IllegalArgumentException e) {
          // the parsers' messages quote the cell; the file may not be ours
          throw new SweepException(file + ", line " + (row.getRecordNumber() + 1)
              + ": not a time-series row of this sweep.", e);
        }
      }
    }
    return values;
  }
}
