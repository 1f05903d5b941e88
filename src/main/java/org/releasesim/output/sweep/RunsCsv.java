package org.releasesim.output.sweep;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
   * @throws SweepException naming the file and line of a row that does not belong, or saying
   *     that the file is not UTF-8 CSV; the file may be anything, so none of it is quoted
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
    } catch (CharacterCodingException e) {
      throw notUtf8(file, e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException coding) {
        throw notUtf8(file, coding);
      }
      throw new SweepException(file + ": not a runs.csv: it is not valid CSV.", e);
    } catch (IllegalArgumentException e) {
      throw new SweepException(file + ": not a runs.csv: its header is not valid CSV.", e);
    }
    return records;
  }

  private static SweepException notUtf8(Path file, CharacterCodingException e) {
    return new SweepException(file + ": not a runs.csv: it is not UTF-8 text.", e);
  }

  /** A row, checked against the plan; a row that does not match is described, not quoted. */
  private static RunRecord parse(Path file, SweepPlan plan, CSVRecord row) {
    String where = file + ", line " + (row.getRecordNumber() + 1) + ": ";
    int factors = plan.factors().size();
    int index = whole(row, 0);
    if (index < 0 || index >= plan.runCount()) {
      throw new SweepException(where + "its run column is not one of this sweep's runs (0 to "
          + (plan.runCount() - 1) + ").");
    }
    RunSpec run = plan.run(index);
    boolean matches = row.size() == FIXED.size() + factors + plan.outcomes().columns().size()
        && whole(row, 1) == run.point()
        && whole(row, 2) == run.replicate()
        && whole(row, 3) == run.seed();
    for (int f = 0; matches && f < factors; f++) {
      matches = row.get(FIXED.size() + f).equals(plan.points().get(run.point()).values().get(f));
    }
    if (!matches) {
      throw new SweepException(where + "the row is not run " + index + " of this sweep.");
    }
    List<Double> outcomes = new ArrayList<>();
    for (int i = FIXED.size() + factors; i < row.size(); i++) {
      try {
        outcomes.add(CsvNumbers.parse(row.get(i)));
      } catch (IllegalArgumentException e) {
        throw new SweepException(where + "its column " + (i + 1) + " is not a number.", e);
      }
    }
    return new RunRecord(run, outcomes, List.of());
  }

  /** A whole-number cell, or -1 if the row has no such cell or it is not one. */
  private static int whole(CSVRecord row, int column) {
    try {
      return column < row.size() ? Integer.parseInt(row.get(column)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
