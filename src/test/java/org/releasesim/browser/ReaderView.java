package org.releasesim.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens report pages in a {@link HeadlessChromium} and tells what a reader would see: the
 * console's errors (failed loads included), each image and whether it loaded, each table and
 * its rows, the links to files beside the page, how wide the page is laid out against the
 * window, and a picture of the whole page as it first shows. Tables inside closed {@code <details>} count once opened, as a reader would open them.
 */
final class ReaderView {
  /** Collects what the page shows, after every {@code <details>} is opened. */
  private static final String LOOK = """
      (() => {
        document.querySelectorAll('details').forEach(d => d.open = true);
        const near = el => {
          for (let e = el; e; e = e.previousElementSibling || e.parentElement) {
            if (/^H[1-4]$/.test(e.tagName) || e.tagName === 'SUMMARY') return e.textContent.trim();
          }
          return '';
        };
        return JSON.stringify({
          images: [...document.images].map(i => ({src: i.getAttribute('src'),
              naturalWidth: i.naturalWidth})),
          tables: [...document.querySelectorAll('table')].map(t => ({near: near(t),
              rows: [...t.rows].filter(r => r.querySelector('td')).length,
              height: t.getBoundingClientRect().height})),
          links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
              .filter(h => !/^([a-z]+:|#)/i.test(h)),
          pageWidth: document.documentElement.scrollWidth,
          windowWidth: window.innerWidth
        });
      })()""";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_SHOT_HEIGHT = 16_000;

  private final DevToolsSession page;
  private final List<String> errors = new ArrayList<>();
  private CompletableFuture<Void> loaded = new CompletableFuture<>();

  /** What a reader sees of one page. */
  record Page(List<String> consoleErrors, List<Image> images, List<Table> tables,
      List<String> links, Width width, byte[] screenshot) {}

  /**
   * How wide the page is laid out and how wide the window is, in CSS pixels: a page wider than
   * its window makes the reader scroll the whole page sideways, text and charts included.
   */
  record Width(int page, int window) {}

  /** An image, by its {@code src}, and its loaded width (0: it did not load). */
  record Image(String src, int naturalWidth) {}

  /** A table, by the heading above it, its rows with data cells, and its drawn height. */
  record Table(String near, int rows, double height) {}

  ReaderView(HeadlessChromium browser) throws IOException {
    this.page = browser.page();
    page.onEvent(this::event);
    page.call("Runtime.enable", Map.of());
    page.call("Log.enable", Map.of());
    page.call("Page.enable", Map.of());
  }

  /** Opens {@code file} and looks at it. */
  Page open(Path file) throws IOException {
    synchronized (errors) {
      errors.clear();
    }
    loaded = new CompletableFuture<>();
    JsonNode nav = page.call("Page.navigate", Map.of("url", file.toUri().toString()));
    if (nav.has("errorText")) {
      throw new IOException("cannot open " + file + ": " + nav.get("errorText").asText());
    }
    try {
      loaded.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(file + " did not finish loading: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted loading " + file, e);
    }
    byte[] shot = screenshot();
    JsonNode look = JSON.readTree(page.call("Runtime.evaluate", Map.of("expression", LOOK,
        "returnByValue", true)).path("result").path("value").asText());
    List<Image> images = new ArrayList<>();
    look.get("images").forEach(i -> images.add(new Image(i.get("src").asText(),
        i.get("naturalWidth").asInt())));
    List<Table> tables = new ArrayList<>();
    look.get("tables").forEach(t -> tables.add(new Table(t.get("near").asText(),
        t.get("rows").asInt(), t.get("height").asDouble())));
    List<String> links = new ArrayList<>();
    look.get("links").forEach(l -> links.add(l.asText()));
    synchronized (errors) {
      return new Page(List.copyOf(errors), images, tables, links,
          new Width(look.get("pageWidth").asInt(), look.get("windowWidth").asInt()), shot);
    }
  }

  /** The whole page as it first shows (closed details closed), as PNG. */
  private byte[] screenshot() throws IOException {
    JsonNode size = page.call("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
    double width = Math.max(1, size.path("width").asDouble());
    double height = Math.min(MAX_SHOT_HEIGHT, Math.max(1, size.path("height").asDouble()));
    JsonNode shot = page.call("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
            "height", height, "scale", 1)));
    return Base64.getDecoder().decode(shot.get("data").asText());
  }

  private void event(JsonNode message) {
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    switch (method) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Runtime.exceptionThrown" -> error("uncaught: " + params.path("exceptionDetails")
          .path("exception").path("description").asText(params.path("exceptionDetails")
              .path("text").asText()));
      case "Runtime.consoleAPICalled" -> {
        if (params.path("type").asText().matches("error|assert")) {
          List<String> args = new ArrayList<>();
          params.path("args").forEach(a -> args.add(a.path("value").asText(
              a.path("description").asText())));
          error("console." + params.path("type").asText() + ": " + String.join(" ", args));
        }
      }
      case "Log.entryAdded" -> {
        JsonNode entry = params.path("entry");
        if (entry.path("level").asText().equals("error")) {
          error(entry.path("text").asText() + " " + entry.path("url").asText());
        }
      }
      default -> {
        // not looked at
      }
    }
  }

  private void error(String text) {
    synchronized (errors) {
      errors.add(text.strip());
    }
  }
}
