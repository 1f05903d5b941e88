package org.releasesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.releasesim.experiment.bench.BenchFigure;
import org.releasesim.experiment.bench.Benchmark;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.CsvNumbers;
import org.releasesim.output.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code release-sim bench}: the performance figures, printed and saved as CSV. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure performance in one JVM: MASON's schedule ceiling (events/s with"
        + " trivial agents), the model on a county of 1,000,000 (2-year warm-up + 10 years),"
        + " scaling in residents and years, what yearly checkpoints add to a run's wall time"
        + " (written beside the CSV file, then deleted), and sweep throughput on 1 and 2"
        + " threads.",
        "Each timed figure is the median of 3 repetitions. Run it on an otherwise idle"
            + " machine; it takes about three minutes."})
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--quick", description = "A small version (100,000 residents) for a smoke test.")
  boolean quick;

  @Option(names = "--ten-million", description = "Also run 10,000,000 residents in five"
      + " counties (fits in a 2 GB heap: RELEASE_SIM_JAVA_OPTS=-Xmx2g; about 40 s).")
  boolean tenMillion;

  @Option(names = "--csv", paramLabel = "FILE", defaultValue = "results/bench.csv",
      description = "Where to save the figures as CSV (default: ${DEFAULT-VALUE}).")
  Path csv;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String version = Provenance.detectToolVersion();
    String java = Provenance.detectJavaVersion();
    int processors = Runtime.getRuntime().availableProcessors();
    out.printf("release-sim %s, Java %s, %d processors, max heap %d MB%n", version, java,
        processors, Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    // checkpoints go to the disk results go to, whose speed is the one that matters
    Path results = csv.toAbsolutePath().getParent();
    Files.createDirectories(results);
    List<BenchFigure> figures = new Benchmark(quick, line -> {
      out.println(line);
      out.flush();
    }, results).run(tenMillion);
    AtomicFiles.write(csv, w -> {
      // AtomicFiles owns the writer: flush the printer, do not close it
      CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(w);
      // version, commit, JVM and processors on every row, so files from several versions or
      // machines can be stacked and compared
      String commit = Provenance.detectGitCommit();
      p.printRecord("measure", "what", "value", "unit", "version", "commit", "java",
          "processors", "note");
      for (BenchFigure f : figures) {
        p.printRecord(f.measure(), f.what(), CsvNumbers.format(f.value()), f.unit(), version,
            commit, java, processors, f.note());
      }
      p.flush();
    });
    out.println("figures saved to " + csv);
    return ExitCodes.OK;
  }
}
