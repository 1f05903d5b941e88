package org.releasesim.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.releasesim.ProgramOnPath;

/**
 * A Chromium without a window (Debian's {@code chromium} package, or Chrome), started once and
 * driven through the DevTools protocol: one launch serves every page a test opens, which costs
 * far less than one {@code --headless --screenshot} launch per page.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser",
      "google-chrome", "google-chrome-stable");
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final long START_SECONDS = 60;

  private final Process process;
  private final DevToolsSession page;

  private HeadlessChromium(Process process, DevToolsSession page) {
    this.process = process;
    this.page = page;
  }

  /** The browser on the PATH, if there is one. */
  static Optional<Path> find() {
    return NAMES.stream().map(ProgramOnPath::find).flatMap(Optional::stream).findFirst();
  }

  /**
   * Starts the browser with a fresh profile in {@code profile} and connects to its first page.
   * No sandbox: tests and CI run as root, where Chromium's sandbox refuses to start, and the
   * pages opened are the project's own files.
   */
  static HeadlessChromium start(Path binary, Path profile) throws IOException {
    Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-component-update", "--disable-background-networking", "--disable-sync",
        "--disable-default-apps", "--hide-scrollbars", "--window-size=1280,900",
        "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--user-data-dir=" + profile.toAbsolutePath(), "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String browser = CompletableFuture.supplyAsync(() -> listeningAddress(p))
          .get(START_SECONDS, TimeUnit.SECONDS);
      if (browser == null) {
        throw new IOException("the browser did not start" + (p.isAlive() ? ""
            : " (exit code " + p.exitValue() + ")"));
      }
      return new HeadlessChromium(p, DevToolsSession.connect(firstPage(URI.create(browser))));
    } catch (IOException | RuntimeException e) {
      p.destroyForcibly();
      throw e;
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IOException("the browser did not start within " + START_SECONDS + " s: " + e, e);
    }
  }

  /** The DevTools session of the browser's page. */
  DevToolsSession page() {
    return page;
  }

  /**
   * Stops the browser and every process it started, and waits for all of them: the renderers,
   * GPU and utility processes outlive the browser by a moment and still write to the profile,
   * so a caller that deletes the profile at once would race them (CI once failed so).
   */
  @Override
  public void close() {
    List<ProcessHandle> family = process.descendants().toList();
    page.close();
    stop(process.toHandle());
    family.forEach(HeadlessChromium::stop);
  }

  private static void stop(ProcessHandle handle) {
    handle.destroy();
    try {
      handle.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      handle.destroyForcibly();
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      handle.destroyForcibly();
      try {
        handle.onExit().get(10, TimeUnit.SECONDS);
      } catch (InterruptedException e2) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e2) {
        // a process that survives SIGKILL is beyond a test's reach; the caller's cleanup says so
      }
    }
  }

  /**
   * Reads the browser's standard error until it names its DevTools address, then keeps draining
   * it (a full pipe would stall the browser).
   */
  private static String listeningAddress(Process p) {
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
        StandardCharsets.UTF_8));
    try {
      for (String line; (line = err.readLine()) != null; ) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          Thread drain = new Thread(() -> {
            try {
              while (err.readLine() != null) {
                // discard the browser's own log
              }
            } catch (IOException ignored) {
              // the browser has gone
            }
          }, "chromium-stderr");
          drain.setDaemon(true);
          drain.start();
          return m.group(1);
        }
      }
    } catch (IOException ignored) {
      // the browser has gone; reported by the caller
    }
    return null;
  }

  /** The WebSocket address of the browser's first page, from its {@code /json/list}. */
  private static URI firstPage(URI browser) throws IOException {
    URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
    try {
      String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).GET().build(),
          HttpResponse.BodyHandlers.ofString()).body();
      for (JsonNode target : new ObjectMapper().readTree(body)) {
        if (target.path("type").asText().equals("page")) {
          return URI.create(target.get("webSocketDebuggerUrl").asText());
        }
      }
      throw new IOException("the browser lists no page: " + body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted asking the browser for its page", e);
    }
  }
}
