package org.releasesim.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.releasesim.app.SideBySideScenarios;
import org.releasesim.app.SweepRowReplay;
import org.releasesim.app.UserInputException;
import org.releasesim.gui.launch.ChildJvm;
import org.releasesim.gui.launch.FigureRun;
import org.releasesim.gui.launch.InteractiveRun;
import org.releasesim.gui.launch.SideBySideFigure;
import org.releasesim.gui.launch.VirtualDisplay;
import org.releasesim.gui.watch.PolicyPair;
import org.releasesim.gui.watch.ReplaySource;
import org.releasesim.scenario.CommandLineOverride;
import org.releasesim.scenario.LoadedScenario;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gui [SCENARIO]}: step through a run in MASON's Console, one simulated day per step, or
 * two runs under two policies side by side ({@code --side-by-side A,B}); or, with
 * {@code --until}/{@code --screenshot}/{@code --counts}, make their figures without a person at
 * the screen (under a private Xvfb where there is no display).
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
    description = {"Watch a run day by day: a map of tracts, people, jails and ICE officers,"
        + " live charts, and the scenario's parameters in the Model tab.",
        "With --side-by-side A,B it runs the scenario under two policies at once, same seed,"
            + " and shows what differs.",
        "With --until/--screenshot/--counts it runs to a day, saves the figures and exits."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:closed normally, or the figures were saved",
        "1:internal error (the counts shown differed from the model's)",
        "2:bad input, or no display for the GUI"})
public final class GuiCommand implements Callable<Integer> {
  static final Path DEFAULT_SCENARIO = Path.of("scenarios", "small-teaching.yaml");
  private static final String NO_SCREEN = "the GUI needs a screen, and this Java has none"
      + " (DISPLAY is not set, or Java runs headless). Run release-sim gui on a desktop or over"
      + " ssh -X; to make figures without a screen, use --until DAY --screenshot FILE, which"
      + " runs on a private virtual display (Xvfb) when one is installed.";
  private static final String NO_XVFB = "--until, --screenshot and --counts need a display,"
      + " and there is none here (DISPLAY is not set) and no Xvfb on the PATH to make one."
      + " Install Xvfb (Debian or Ubuntu: apt-get install xvfb xauth; Fedora: dnf install"
      + " xorg-x11-server-Xvfb) or run on a desktop.";

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (YAML); default: " + "scenarios/small-teaching.yaml.")
  private Path scenario;

  @Mixin
  private ScenarioOverrides overrides;

  @Option(names = "--replay", paramLabel = "FILE", description = "Open exactly the run a"
      + " manifest.json records (its resolved scenario and seed), or, with --row, a row of a"
      + " sweep's or comparison's runs.csv.")
  private Path replay;

  @Option(names = "--row", paramLabel = "N", description = "With --replay runs.csv: the run to"
      + " open (its 'run' column), exactly as the sweep or comparison ran it.")
  private Integer row;

  @Option(names = "--until", paramLabel = "DAY", description = "Run without a person to this"
      + " day after the warm-up, save what --screenshot and --counts ask for, and exit.")
  private Integer until;

  @Option(names = "--screenshot", paramLabel = "FILE", description = "Save the map as PNG here"
      + " and the charts next to it (FILE-charts.png). Runs to --until, else to the end.")
  private Path screenshot;

  @Option(names = "--counts", paramLabel = "FILE", description = "Write the counts the GUI"
      + " shows, and the model's own counters, as JSON.")
  private Path counts;

  @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "CRIME", description = "Tract"
      + " colour for --screenshot: CRIME, TRUST, UNAUTHORIZED_SHARE, ICE_OPERATIONS or NONE"
      + " (default: ${DEFAULT-VALUE}).")
  private String layer;

  @Option(names = "--chart-days", paramLabel = "N", defaultValue = "7", description = "Days"
      + " between chart updates at the start (default: ${DEFAULT-VALUE}).")
  private int chartDays;

  @Option(names = "--side-by-side", split = ",", paramLabel = "A,B", description = "Two runs"
      + " of the scenario with the same seed, every jail under policy A in one and policy B in"
      + " the other (as compare pairs its runs), stepping together: a map for each and a window"
      + " of the differences B - A in crimes, ICE arrests and the jail population. Policies by"
      + " name: bundled ones or those the scenario defines. With --screenshot FILE, FILE holds"
      + " both maps and FILE-charts.png the differences.")
  private List<String> sideBySide;

  /** Entry point of the child JVM that runs the GUI on a virtual display. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new GuiCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      checkOptions();
      LoadedScenario loaded = load();
      PolicyPair pair = sideBySide == null ? null : SideBySideScenarios.pair(loaded,
          scenarioFile(), userOverrides(), sideBySide);
      if (figureMode()) {
        return figures(loaded, pair);
      }
      if (GraphicsEnvironment.isHeadless()) {
        throw new UserInputException(NO_SCREEN);
      }
      if (pair != null) {
        InteractiveRun.openSideBySideAndWait(pair, chartDays);
      } else {
        InteractiveRun.openAndWait(loaded.params(), loaded.name(), chartDays);
      }
      return ExitCodes.OK;
    } catch (ScenarioException | UserInputException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (AWTError | HeadlessException e) {
      String display = System.getenv("DISPLAY");
      err.println("error: cannot open windows on " + (display == null ? "this machine"
          + " (DISPLAY is not set)" : "display " + display) + ": "
          + String.valueOf(e.getMessage()).replaceAll("\\.+$", "")
          + ". Check that the display works, for example with xdpyinfo.");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  private boolean figureMode() {
    return until != null || screenshot != null || counts != null;
  }

  private void checkOptions() {
    if (sideBySide != null && replay != null) {
      throw new UserInputException("--side-by-side runs a scenario under two policies; it"
          + " cannot be combined with --replay, which opens one recorded run exactly. Give the"
          + " run's scenario.yaml and --seed instead.");
    }
    if (sideBySide != null && (sideBySide.size() != 2
        || sideBySide.get(0).strip().equals(sideBySide.get(1).strip()))) {
      throw new UserInputException("--side-by-side needs two different policies, A then B,"
          + " such as --side-by-side NO_COOPERATION,HONOR_DETAINERS (got "
          + String.join(",", sideBySide) + ").");
    }
    if (replay != null && (overrides.any() || scenario != null)) {
      throw new UserInputException("--replay opens exactly the recorded run; it cannot be"
          + " combined with a SCENARIO, --seed or --set.");
    }
    boolean runsCsv = replay != null && replay.getFileName().toString().endsWith(".csv");
    if (runsCsv != (row != null)) {
      throw new UserInputException(row != null ? "--row picks a row of a sweep's or"
          + " comparison's runs.csv: give that file with --replay." : "--replay of " + replay
          + " (a runs.csv) needs --row N, the run to open (its 'run' column).");
    }
    if (!FigureRun.layers().contains(layer)) {
      throw new UserInputException("--layer " + layer + " is not a layer; allowed: "
          + String.join(", ", FigureRun.layers()) + ".");
    }
    if (until != null && until < 0) {
      throw new UserInputException("--until counts days after the warm-up: give 0 or more"
          + " (got " + until + ").");
    }
    if (chartDays < 1) {
      throw new UserInputException("--chart-days must be 1 or more (got " + chartDays + ").");
    }
    for (Path out : new Path[] {screenshot, counts}) {
      Path dir = out == null ? null : out.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new UserInputException("cannot write " + out + ": folder " + dir
            + " does not exist.");
      }
    }
  }

  private LoadedScenario load() {
    ScenarioReader reader = new ScenarioReader();
    if (replay != null && row != null) {
      return SweepRowReplay.load(replay, row);
    }
    if (replay != null) {
      ReplaySource source;
      try {
        source = ReplaySource.fromManifest(replay);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
      LoadedScenario loaded = reader.readText(source.scenarioYaml(), replay.toString());
      if (loaded.params().seed() != source.seed()) {
        throw new UserInputException(replay + " is inconsistent: its seed is " + source.seed()
            + " but its scenario_yaml says " + loaded.params().seed() + ".");
      }
      return loaded;
    }
    Path file = scenarioFile();
    if (scenario == null && !Files.isRegularFile(file)) {
      throw new UserInputException("no SCENARIO given and " + DEFAULT_SCENARIO + " is not"
          + " here; name a scenario file, e.g. release-sim gui scenarios/baseline.yaml.");
    }
    return reader.readWith(file, commandLineOverrides());
  }

  private Path scenarioFile() {
    return scenario != null ? scenario : DEFAULT_SCENARIO;
  }

  /** The --set overrides, then the seed if --seed is given, as text (a pair adds its policy). */
  private List<String> userOverrides() {
    return overrides.asText();
  }

  /** The same overrides, each naming the option the user typed, for the reader's messages. */
  private List<CommandLineOverride> commandLineOverrides() {
    return overrides.forReader();
  }

  /**
   * Figures are made on a private Xvfb when there is one, so no window flashes on a person's
   * screen; else on this JVM's display, or on DISPLAY from a child JVM if this one is headless.
   */
  private int figures(LoadedScenario loaded, PolicyPair pair)
      throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!ChildJvm.isChild()) {
      Optional<Path> xvfb = VirtualDisplay.findXvfb();
      if (xvfb.isPresent()) {
        try (VirtualDisplay virtual = VirtualDisplay.start(xvfb.get(), sideBySide == null
            ? VirtualDisplay.SCREEN : VirtualDisplay.WIDE_SCREEN)) {
          return ChildJvm.run(GuiCommand.class.getName(), childArgs(), virtual.name(), out, err);
        }
      }
      String display = System.getenv("DISPLAY");
      if (GraphicsEnvironment.isHeadless() && display != null && !display.isBlank()) {
        return ChildJvm.run(GuiCommand.class.getName(), childArgs(), display, out, err);
      }
    }
    if (GraphicsEnvironment.isHeadless()) {
      throw new UserInputException(ChildJvm.isChild() ? "no display even on the virtual"
          + " display; is Xvfb working?" : NO_XVFB);
    }
    int day = until != null ? until : Integer.MAX_VALUE / 2;
    FigureRun.Request request = new FigureRun.Request(day, screenshot, counts, layer);
    if (pair != null) {
      SideBySideFigure.run(pair, request, out);
      out.flush();
      return ExitCodes.OK;
    }
    boolean match = FigureRun.run(loaded.params(), loaded.name(), request, out);
    out.flush();
    return match ? ExitCodes.OK : ExitCodes.INTERNAL;
  }

  /** This command's options again, with absolute paths, for the child JVM. */
  private List<String> childArgs() {
    List<String> args = new ArrayList<>();
    if (scenario != null) {
      args.add(scenario.toAbsolutePath().toString());
    }
    args.addAll(overrides.asArguments());
    addPath(args, "--replay", replay);
    if (row != null) {
      args.add("--row=" + row);
    }
    if (until != null) {
      args.add("--until=" + until);
    }
    addPath(args, "--screenshot", screenshot);
    addPath(args, "--counts", counts);
    args.add("--layer=" + layer);
    args.add("--chart-days=" + chartDays);
    if (sideBySide != null) {
      args.add("--side-by-side=" + String.join(",", sideBySide));
    }
    return args;
  }

  private static void addPath(List<String> args, String option, Path value) {
    if (value != null) {
      args.add(option + "=" + value.toAbsolutePath());
    }
  }
}
