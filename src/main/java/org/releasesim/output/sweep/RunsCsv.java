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
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.CsvNumbers;

/**
 * {@value #FILE}: one row per run, in run-index order: {@code run,point,replicate,seed}, every
 * factor's value, every outcome. It is the raw data of the sweep; every other file is computed
 * from it, and it is enough to repeat any run (the seed and the factor values are the overrides).
 */
public final class RunsCsv {
  public static final String FILE = "runs.csv";
  private static final List<String> FIXED = List.of("run", "point", "replicate", "seed");

  private RunsCsv() {}

  /** The header of a plan's runs.csv. */
  public static List<String> header(SweepPlan plan) {
    List<String> header = new ArrayList<>(FIXED);
    plan.factors().stream().map(Factor::name).forEach(header::add);
    header.addAll(plan.outcomes().names());
    return header;
  }

  /** The header as a line. */
  static String headerLine(SweepPlan plan) {
    return SweepCsv.line(header(plan));
  }

  /** A run's row as a line. */
  static String line(SweepPlan plan, RunRecord r) {
    RunSpec run = r.run();
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(run.index()));
    cells.add(Integer.toString(run.point()));
    cells.add(Integer.toString(run.replicate()));
    cells.add(Integer.toString(run.seed()));
    cells.addAll(plan.points().get(run.point()).values());
    for (double v : r.outcomes()) {
      cells.add(CsvNumbers.format(v));
    }
    return SweepCsv.line(cells);
  }

  /** The run index at the start of a line, or -1 if the line does not start with one. */
  static int runIndexOf(String line) {
    int comma = line.indexOf(',');
    try {
      return comma < 0 ? -1 : Integer.parseInt(line.substring(0, comma));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Reads a runs.csv back, checking that each row belongs to the plan (index, point, replicate,
   * seed and factor values as planned).
   *
   * @throws SweepException naming the file and line of a row that does not belong
   */
  public static List<RunRecord> read(Path file, SweepPlan plan) throws IOException {
    List<String> header = header(plan);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<RunRecord> records = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      if (!parser.getHeaderNames().equals(header)) {
        throw new SweepException(file + ": the header differs from this sweep's; the file was"
            + " written by another sweep file or version.");
      }
      for (CSVRecord row : parser) {
        records.add(parse(file, plan, row));
      }
    }
    return records;
  }

  private static RunRecord parse(Path file, SweepPlan plan, CSVRecord row) {
    int factors = plan.factors().size();
    try {
      int index = Integer.parseInt(row.get(0));
      RunSpec run = plan.run(index);
      boolean matches = row.size() == FIXED.size() + factors + plan.outcomes().columns().size()
          && Integer.parseInt(row.get(1)) == run.point()
          && Integer.parseInt(row.get(2)) == run.replicate()
          && Integer.parseInt(row.get(3)) == run.seed();
      for (int f = 0; matches && f < factors; f++) {
        matches = row.get(FIXED.size() + f).equals(plan.points().get(run.point()).values().get(f));
      }
      if (!matches) {
        throw new IllegalArgumentException("the row is not run " + index + " of this sweep");
      }
      List<Double> outcomes = new ArrayList<>();
      for (int i = FIXED.size() + factors; i < row.size(); i++) {
        outcomes.add(CsvNumbers.parse(row.get(i)));
      }
      return new RunRecord(run, outcomes, List.of());
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new SweepException(file + ", line " + (row.getRecordNumber() + 1) + ": "
          + e.getMessage() + ".", e);
    }
  }
}
