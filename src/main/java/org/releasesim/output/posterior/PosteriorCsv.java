package org.releasesim.output.posterior;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.experiment.posterior.Candidate;
import org.releasesim.experiment.posterior.Generation;
import org.releasesim.experiment.posterior.ParameterSummary;
import org.releasesim.experiment.posterior.Particle;
import org.releasesim.experiment.posterior.PredictiveCheck;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.output.AtomicFiles;

/**
 * The CSV files of a posterior calibration, in the project's dialect (RFC 4180, {@code \n} line
 * ends, one header line). Numbers are written with {@code Double.toString}, which reads back to
 * the same double: a resumed calibration continues from exactly the particles it saved, and
 * {@code posterior.csv} feeds later analyses without rounding.
 */
public final class PosteriorCsv {
  public static final String POSTERIOR = "posterior.csv";
  public static final String GENERATIONS = "generations.csv";
  public static final String PARAMETERS = "parameters.csv";
  public static final String PREDICTIVE = "predictive.csv";
  /** The folder of saved generations, one file each, that a resumed calibration reads. */
  public static final String SAVED = "generations";
  /**
   * The folder of a sharded calibration's shard files: one sub-folder per batch
   * ({@code generation-003/}, {@code predictive/}), one file per shard in it.
   */
  public static final String SHARDS = "shards";
  private static final Pattern SHARD_FILE =
      Pattern.compile("shard-([0-9]{1,9})-of-([0-9]{1,9})\\.csv");

  private static final List<String> GENERATION_HEADER = List.of("generation", "tolerance",
      "proposals", "draws", "entered", "acceptance_rate", "ess", "unmeasured");

  private PosteriorCsv() {}

  /**
   * {@code posterior.csv}: {@code particle,weight,<key>...}, one row per particle of the final
   * generation, weights normalised to sum to 1.
   */
  public static void writePosterior(Path file, List<String> keys, Generation g)
      throws IOException {
    List<String> header = new ArrayList<>(List.of("particle", "weight"));
    header.addAll(keys);
    double[] w = g.normalisedWeights();
    write(file, header, printer -> {
      for (int i = 0; i < g.particles().size(); i++) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(i), Double.toString(w[i])));
        for (int k = 0; k < keys.size(); k++) {
          row.add(Double.toString(g.particles().get(i).value(k)));
        }
        printer.printRecord(row);
      }
    });
  }

  /** {@code generations.csv}: one row per generation. */
  public static void writeGenerations(Path file, List<Generation> gens) throws IOException {
    write(file, GENERATION_HEADER, printer -> {
      for (Generation g : gens) {
        printer.printRecord(g.index(), Double.toString(g.tolerance()), g.proposals(), g.draws(),
            g.entered(), Double.toString(g.acceptanceRate()), Double.toString(g.ess()),
            g.unmeasured());
      }
    });
  }

  /**
   * One saved generation: every kept particle with its generation, run seed, weight before
   * normalising and distance.
   */
  public static void writeSaved(Path dir, List<String> keys, Generation g) throws IOException {
    Files.createDirectories(dir);
    List<String> header = new ArrayList<>(List.of("particle", "generation", "seed",
        "raw_weight", "distance"));
    header.addAll(keys);
    write(dir.resolve(savedName(g.index())), header, printer -> {
      for (int i = 0; i < g.particles().size(); i++) {
        Particle p = g.particles().get(i);
        List<String> row = new ArrayList<>(List.of(Integer.toString(i),
            Integer.toString(p.generation()), Integer.toString(p.seed()),
            Double.toString(p.weight()), Double.toString(p.distance())));
        for (int k = 0; k < keys.size(); k++) {
          row.add(Double.toString(p.value(k)));
        }
        printer.printRecord(row);
      }
    });
  }

  /**
   * The generations of an interrupted calibration: those listed in {@code generations.csv}
   * (written after each generation's saved file, so a listed generation is whole), each with
   * its particles.
   *
   * @throws IOException if a file is missing or damaged
   */
  public static List<Generation> readSaved(Path folder, List<String> keys) throws IOException {
    Path list = folder.resolve(GENERATIONS);
    List<Generation> result = new ArrayList<>();
    if (!Files.exists(list)) {
      return result;
    }
    for (CSVRecord r : records(list)) {
      int index = Integer.parseInt(r.get("generation"));
      List<Particle> particles = new ArrayList<>();
      for (CSVRecord p : records(folder.resolve(SAVED).resolve(savedName(index)))) {
        double[] theta = new double[keys.size()];
        for (int k = 0; k < theta.length; k++) {
          theta[k] = Double.parseDouble(p.get(keys.get(k)));
        }
        particles.add(new Particle(theta, Double.parseDouble(p.get("raw_weight")),
            Double.parseDouble(p.get("distance")), Integer.parseInt(p.get("generation")),
            Integer.parseInt(p.get("seed"))));
      }
      result.add(new Generation(index, Double.parseDouble(r.get("tolerance")),
          Integer.parseInt(r.get("proposals")), Long.parseLong(r.get("draws")),
          Integer.parseInt(r.get("entered")),
          // folders saved before the column existed counted none
          r.isMapped("unmeasured") ? Integer.parseInt(r.get("unmeasured")) : 0, particles));
    }
    return result;
  }

  /** {@code parameters.csv}: what the targets taught about each parameter. */
  public static void writeParameters(Path file, List<ParameterSummary> summaries)
      throws IOException {
    write(file, List.of("key", "prior", "prior_mean", "prior_sd", "posterior_mean",
        "posterior_sd", "q05", "median", "q95", "sd_ratio", "informed"), printer -> {
          for (ParameterSummary s : summaries) {
            printer.printRecord(s.key(), s.prior(), Double.toString(s.priorMean()),
                Double.toString(s.priorSd()), Double.toString(s.mean()),
                Double.toString(s.sd()), Double.toString(s.low()), Double.toString(s.median()),
                Double.toString(s.high()), Double.toString(s.sdRatio()), s.informed());
          }
        });
  }

  /** {@code predictive.csv}: the posterior predictive check, one row per target. */
  public static void writePredictive(Path file, List<PredictiveCheck> checks)
      throws IOException {
    write(file, List.of("target", "published", "se", "draws", "sim_mean", "sim_q05", "sim_q95",
        "pred_q05", "pred_q95", "covered"), printer -> {
          for (PredictiveCheck c : checks) {
            printer.printRecord(c.id(), Double.toString(c.published()), Double.toString(c.se()),
                c.draws().length, Double.toString(c.simMean()), Double.toString(c.simLow()),
                Double.toString(c.simHigh()), Double.toString(c.predLow()),
                Double.toString(c.predHigh()), c.covered());
          }
        });
  }

  /** The simulated targets of one shard's slice of a batch, as read back. */
  public record ShardRows(List<Candidate> candidates, List<double[]> simulated) {}

  /** The folder of the shard files of generation {@code g}'s batch. */
  public static Path generationShards(Path folder, int g) {
    return folder.resolve(SHARDS).resolve(savedName(g).replace(".csv", ""));
  }

  /** The folder of the shard files of the predictive check's draws. */
  public static Path predictiveShards(Path folder) {
    return folder.resolve(SHARDS).resolve("predictive");
  }

  /** A shard's file in a batch's shard folder: {@code shard-<i>-of-<n>.csv}. */
  public static Path shardFile(Path dir, Shard shard) {
    return dir.resolve(shard.folderName() + ".csv");
  }

  /** The shards whose files are in {@code dir} (none if it does not exist), in name order. */
  public static List<Shard> shardsIn(Path dir) throws IOException {
    List<Shard> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        Matcher m = SHARD_FILE.matcher(f.getFileName().toString());
        if (m.matches()) {
          int i = Integer.parseInt(m.group(1));
          int n = Integer.parseInt(m.group(2));
          if (i >= 1 && i <= n) {
            found.add(new Shard(i, n, true));
          }
        }
      }
    }
    return found;
  }

  /**
   * One shard's slice of a batch: {@code candidate,seed,<key>...,<target>...}, one row per
   * candidate in batch order, with its values and the targets its run measured (NaN where it
   * could not). Written atomically, so a shard file that exists is whole.
   */
  public static void writeShard(Path file, List<String> keys, List<String> targets,
      List<Candidate> slice, List<double[]> simulated) throws IOException {
    Files.createDirectories(file.getParent());
    write(file, shardHeader(keys, targets), printer -> {
      for (int i = 0; i < slice.size(); i++) {
        Candidate c = slice.get(i);
        List<String> row = new ArrayList<>(List.of(Integer.toString(c.index()),
            Integer.toString(c.seed())));
        for (double v : c.theta()) {
          row.add(Double.toString(v));
        }
        for (double v : simulated.get(i)) {
          row.add(Double.toString(v));
        }
        printer.printRecord(row);
      }
    });
  }

  /**
   * Reads a shard file back, by column position (a key and a target id could share a name).
   *
   * @throws IOException if it cannot be read or is not a shard file of these keys and targets
   */
  public static ShardRows readShard(Path file, List<String> keys, List<String> targets)
      throws IOException {
    List<String> header = shardHeader(keys, targets);
    CSVFormat format = CSVFormat.RFC4180.builder().get();
    List<CSVRecord> rows;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      rows = parser.getRecords();
    }
    if (rows.isEmpty() || !rows.get(0).toList().equals(header)) {
      throw new IOException(file + ": its header is not " + String.join(",", header));
    }
    List<Candidate> candidates = new ArrayList<>();
    List<double[]> simulated = new ArrayList<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      if (r.size() != header.size()) {
        throw new IOException(file + ", line " + r.getRecordNumber() + ": " + r.size()
            + " cells, not " + header.size());
      }
      try {
        double[] theta = new double[keys.size()];
        for (int k = 0; k < theta.length; k++) {
          theta[k] = Double.parseDouble(r.get(2 + k));
        }
        double[] values = new double[targets.size()];
        for (int t = 0; t < values.length; t++) {
          values[t] = Double.parseDouble(r.get(2 + keys.size() + t));
        }
        candidates.add(new Candidate(Integer.parseInt(r.get(0)), theta,
            Integer.parseInt(r.get(1))));
        simulated.add(values);
      } catch (NumberFormatException e) {
        throw new IOException(file + ", line " + r.getRecordNumber() + ": not a number ("
            + e.getMessage() + ")");
      }
    }
    return new ShardRows(candidates, simulated);
  }

  private static List<String> shardHeader(List<String> keys, List<String> targets) {
    List<String> header = new ArrayList<>(List.of("candidate", "seed"));
    header.addAll(keys);
    header.addAll(targets);
    return header;
  }

  static String savedName(int generation) {
    return String.format(java.util.Locale.ROOT, "generation-%03d.csv", generation);
  }

  @FunctionalInterface
  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static void write(Path file, List<String> header, Rows rows) throws IOException {
    AtomicFiles.write(file, writer -> {
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
          .setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).get());
      rows.print(printer);
      printer.flush();
    });
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      return parser.getRecords();
    }
  }
}
