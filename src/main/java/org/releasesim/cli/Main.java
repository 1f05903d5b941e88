package org.releasesim.cli;

import org.releasesim.output.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code release-sim} command: one subcommand per task. Only this class calls exit. */
@Command(name = "release-sim", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Agent-based simulation of jail release and notification policies toward"
        + " federal immigration enforcement, and their effects on public safety.",
    subcommands = {RunCommand.class, GuiCommand.class, ValidateCommand.class, SchemaCommand.class,
        ReferenceDocCommand.class, OddTableCommand.class,
        BenchCommand.class, CalibrateCommand.class, SweepCommand.class, CompareCommand.class,
        DiscoverCommand.class,
        SlurmCommand.class, MergeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What {@code --version} prints: the version every manifest records. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"release-sim " + Provenance.detectToolVersion()};
    }
  }

  /** The configured command line, shared by {@code main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
