package org.releasesim.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One page of a browser, driven over the Chrome DevTools Protocol: JSON commands and events on a
 * WebSocket, here the JDK's own client. A command waits for its answer; events go to the
 * listeners registered with {@link #onEvent}.
 */
final class DevToolsSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
  private WebSocket socket;

  private DevToolsSession() {}

  /** Connects to a page's DevTools WebSocket ({@code webSocketDebuggerUrl}). */
  static DevToolsSession connect(URI page) throws IOException {
    DevToolsSession session = new DevToolsSession();
    try {
      session.socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .connectTimeout(TIMEOUT).buildAsync(page, session.new Receiver())
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("cannot connect to the browser at " + page + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted connecting to " + page, e);
    }
    return session;
  }

  /** Every event ({@code method} and {@code params}) goes to {@code listener} from now on. */
  void onEvent(Consumer<JsonNode> listener) {
    listeners.add(listener);
  }

  /**
   * Sends a command and waits for its result.
   *
   * @throws IOException if the browser answers with an error or not in time
   */
  JsonNode call(String method, Map<String, ?> params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(),
          TimeUnit.SECONDS);
      JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IOException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(method + " got no answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for " + method, e);
    } finally {
      pending.remove(id);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
  }

  /** Assembles messages that arrive in parts (screenshots are large) and routes them. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        route(text);
      }
      webSocket.request(1);
      return null;
    }

    private void route(String text) {
      JsonNode message;
      try {
        message = JSON.readTree(text);
      } catch (IOException e) {
        return;
      }
      if (message.has("id")) {
        CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
        if (answer != null) {
          answer.complete(message);
        }
      } else {
        listeners.forEach(l -> l.accept(message));
      }
    }
  }
}
