package org.releasesim.output.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.releasesim.experiment.calibration.CalibrationReport;
import org.releasesim.experiment.calibration.CalibrationResult;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.output.AtomicFiles;

/**
 * Writes the calibration report and its chart: {@code <report>}, and beside it
 * {@code images/calibration-rearrest.png} with the CSV of the curve it draws (the raw data
 * behind every plot is kept). Each file is written to a temporary file and moved into place, so
 * a failed run leaves the previous report whole.
 */
public final class CalibrationFiles {
  private CalibrationFiles() {}

  /** Writes the report (Markdown), the chart and the chart's data. */
  public static void write(Path report, CalibrationResult result, String command)
      throws IOException {
    Path parent = report.toAbsolutePath().getParent();
    Path images = parent.resolve("images");
    Files.createDirectories(images);
    AtomicFiles.writeString(images.resolve(CalibrationReport.CHART_DATA),
        curveCsv(result.curve()));
    RearrestChart.write(images.resolve(CalibrationReport.CHART), result.curve(),
        result.design().replications());
    AtomicFiles.writeString(report, CalibrationReport.markdown(result, command));
  }

  /** The simulated curve: months and years since release, mean and 95% interval (shares). */
  static String curveCsv(List<Estimate> curve) {
    StringBuilder out = new StringBuilder("month,years,mean,low,high\n");
    for (int m = 0; m < curve.size(); m++) {
      Estimate e = curve.get(m);
      out.append(String.format(Locale.ROOT, "%d,%.4f,%.5f,%.5f,%.5f%n", m, m / 12.0, e.mean(),
          e.low(), e.high()));
    }
    return out.toString();
  }
}
