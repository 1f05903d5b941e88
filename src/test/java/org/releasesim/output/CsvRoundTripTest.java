package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.metrics.SummaryRow;

class CsvRoundTripTest {
  private static final List<SeriesPoint> POINTS = List.of(
      new SeriesPoint(7, "Adams, CO", "crimes", "VIOLENT", "CITIZEN", "NEVER_BOOKED", 12),
      new SeriesPoint(7, "Adams, CO", "reporting_rate", "all", "UNAUTHORIZED", "all", 0.1),
      new SeriesPoint(14, "Denver \"City\"", "costs", "all", "all", "JAIL", 123456789.0),
      new SeriesPoint(14, "Denver \"City\"", "trust", "all", "CITIZEN", "all", 1e-7),
      new SeriesPoint(21, "Line\nbreak", "reporting_rate", "all", "CITIZEN", "all", Double.NaN),
      new SeriesPoint(28, "x", "residents", "all", "all", "all", 1.0 / 3));

  private static final List<SummaryRow> ROWS = List.of(
      new SummaryRow("all", "crimes", "all", "all", "all", Metric.Kind.FLOW, 1234, 246.8,
          0.1),
      new SummaryRow("Adams, CO", "jail_population", "all", "all", "PRETRIAL",
          Metric.Kind.STOCK, 123456789.0, Double.NaN, 1e-7),
      new SummaryRow("Adams, CO", "reporting_rate", "all", "CITIZEN", "all",
          Metric.Kind.RATIO, 0.4321, Double.NaN, Double.NaN),
      new SummaryRow("Adams, CO", "victimisation_rate", "VIOLENT", "UNAUTHORIZED", "all",
          Metric.Kind.RATE, 14610, Double.NaN, Double.NaN));

  @TempDir
  Path dir;

  @Test
  void timeSeriesReadsBackExactlyWhatWasWritten() throws IOException {
    Path file = dir.resolve(RunDirectory.TIMESERIES);
    TimeSeriesCsv.write(file, POINTS);
    assertEquals(POINTS, TimeSeriesCsv.read(file));
  }

  @Test
  void summaryReadsBackExactlyIncludingNaN() throws IOException {
    Path file = dir.resolve(RunDirectory.SUMMARY);
    SummaryCsv.write(file, ROWS);
    assertEquals(ROWS, SummaryCsv.read(file));
  }

  @Test
  void filesAreTidyWithTheDocumentedHeaderAndNoExponentsOrCommaDecimals() throws IOException {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      Path series = dir.resolve(RunDirectory.TIMESERIES);
      TimeSeriesCsv.write(series, POINTS.subList(0, 4));
      assertEquals("""
          day,jurisdiction,metric,type,group,status,value,unit
          7,"Adams, CO",crimes,VIOLENT,CITIZEN,NEVER_BOOKED,12,offences per interval
          7,"Adams, CO",reporting_rate,all,UNAUTHORIZED,all,0.1,share
          14,"Denver ""City""\",costs,all,all,JAIL,123456789,USD per interval
          14,"Denver ""City""\",trust,all,CITIZEN,all,0.0000001,index 0-1
          """, Files.readString(series));
      Path summary = dir.resolve(RunDirectory.SUMMARY);
      SummaryCsv.write(summary, ROWS.subList(1, 2));
      assertEquals("""
          jurisdiction,metric,type,group,status,kind,value,per_year,per_100k_per_year,unit,margin
          "Adams, CO",jail_population,all,all,PRETRIAL,stock,123456789,,0.0000001,persons,false
          """, Files.readString(summary));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aFileWithTheWrongHeaderIsRejectedWithItsName() throws IOException {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "a,b\n1,2\n");
    IOException e = assertThrows(IOException.class, () -> TimeSeriesCsv.read(file));
    assertTrue(e.getMessage().contains("other.csv"), e.getMessage());
  }

  @Test
  void aBadNumberIsReportedWithItsLine() throws IOException {
    Path file = dir.resolve(RunDirectory.SUMMARY);
    Files.writeString(file, String.join(",", SummaryCsv.HEADER) + "\n"
        + "all,crimes,all,all,all,flow,12,1,1,offences,true\n"
        + "all,crimes,all,all,all,flow,twelve,1,1,offences,true\n");
    IOException e = assertThrows(IOException.class, () -> SummaryCsv.read(file));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
