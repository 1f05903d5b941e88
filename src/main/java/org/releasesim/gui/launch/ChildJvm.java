package org.releasesim.gui.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class again in a new JVM on a given X display, passing its output through. Used
 * when the GUI has no display in this JVM: because DISPLAY is unset (a private Xvfb then
 * serves), or because Java was started headless (as under the test runner).
 */
public final class ChildJvm {
  /** Set in the child's environment, so the child never starts a child of its own. */
  public static final String MARKER = "RELEASE_SIM_GUI_CHILD";

  private ChildJvm() {}

  /** Whether this JVM is such a child. */
  public static boolean isChild() {
    return System.getenv(MARKER) != null;
  }

  /**
   * Runs {@code mainClass} with {@code args} on {@code display} and waits for it.
   *
   * @return the child's exit code
   */
  public static int run(String mainClass, List<String> args, String display, PrintWriter out,
      PrintWriter err) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + Math.max(256, Runtime.getRuntime().maxMemory() >> 20) + "m");
    command.add("-Djava.awt.headless=false");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("DISPLAY", display);
    pb.environment().put(MARKER, "1");
    Process child = pb.start();
    Thread o = pipe(child.getInputStream(), out);
    Thread e = pipe(child.getErrorStream(), err);
    int code = child.waitFor();
    o.join();
    e.join();
    return code;
  }

  private static Thread pipe(InputStream from, PrintWriter to) {
    Thread t = new Thread(() -> {
      try (Reader r = new InputStreamReader(from, Charset.defaultCharset())) {
        char[] buf = new char[4096];
        for (int n; (n = r.read(buf)) > 0; ) {
          synchronized (to) {
            to.write(buf, 0, n);
            to.flush();
          }
        }
      } catch (IOException ignored) {
        // the child has gone; nothing more to pass on
      }
    }, "child-output");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
