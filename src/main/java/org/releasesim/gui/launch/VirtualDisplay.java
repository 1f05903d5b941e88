package org.releasesim.gui.launch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A private X server (Xvfb) for windows that no person needs to see, such as the figures of
 * {@code gui --screenshot} on a machine without a screen. Xvfb picks a free display number
 * itself ({@code -displayfd}), so parallel runs do not collide; {@link #close()} stops it.
 */
public final class VirtualDisplay implements AutoCloseable {
  /** The virtual screen: large enough for the map, the charts and the Console. */
  public static final String SCREEN = "1280x1024x24";
  /** The virtual screen of the side-by-side view: two maps at full size and the rest below. */
  public static final String WIDE_SCREEN = "2240x1800x24";
  private static final long START_SECONDS = 20;

  private final Process server;
  private final String name;

  private VirtualDisplay(Process server, String name) {
    this.server = server;
    this.name = name;
  }

  /** The Xvfb program on the PATH, if there is one. */
  public static Optional<Path> findXvfb() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "Xvfb");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts Xvfb and waits until it accepts connections.
   *
   * @throws IOException if it does not start within {@value #START_SECONDS} seconds
   */
  public static VirtualDisplay start(Path xvfb) throws IOException {
    return start(xvfb, SCREEN);
  }

  /**
   * Starts Xvfb with a screen of {@code screen} ({@code WIDTHxHEIGHTxDEPTH}) and waits until it
   * accepts connections.
   *
   * @throws IOException if it does not start within {@value #START_SECONDS} seconds
   */
  public static VirtualDisplay start(Path xvfb, String screen) throws IOException {
    Process p = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", screen,
        "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> firstLine(p));
    try {
      String n = number.get(START_SECONDS, TimeUnit.SECONDS);
      if (n == null || !n.strip().matches("\\d+")) {
        throw new IOException("Xvfb did not report a display number"
            + (p.isAlive() ? "" : " (it exited with code " + p.exitValue() + ")"));
      }
      return new VirtualDisplay(p, ":" + n.strip());
    } catch (ExecutionException | TimeoutException e) {
      p.destroyForcibly();
      throw new IOException("Xvfb did not start within " + START_SECONDS + " s", e);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting Xvfb", e);
    } catch (IOException e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private static String firstLine(Process p) {
    try {
      return new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
    } catch (IOException e) {
      return null;
    }
  }

  /** The value for DISPLAY, such as {@code :3}. */
  public String name() {
    return name;
  }

  /** Stops the server (and waits for it to go, so its display number is free again). */
  @Override
  public void close() {
    server.destroy();
    try {
      if (!server.waitFor(5, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      server.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
