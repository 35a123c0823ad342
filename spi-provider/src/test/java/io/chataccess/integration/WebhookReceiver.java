package io.chataccess.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback for the tests: records every request, answers the statuses it is
 * told (then 200), and verifies Standard Webhooks signatures with its own HMAC, written here from
 * the specification, not taken from the product.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received: lower-case header names. */
  record Received(Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name);
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Integer> statuses = new ArrayDeque<>();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  static WebhookReceiver start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      WebhookReceiver receiver = new WebhookReceiver(server);
      server.createContext(
          "/",
          exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange
                .getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            receiver.received.add(new Received(headers, body));
            exchange.sendResponseHeaders(receiver.nextStatus(), -1);
            exchange.close();
          });
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** The next requests get these statuses, in order; after them, 200. */
  synchronized void answer(Integer... next) {
    statuses.addAll(java.util.List.of(next));
  }

  private synchronized int nextStatus() {
    Integer next = statuses.poll();
    return next == null ? 200 : next;
  }

  /** The next request, waiting up to {@code seconds}; null when none came. */
  Received next(int seconds) throws InterruptedException {
    return received.poll(seconds, TimeUnit.SECONDS);
  }

  /** Whether the request's signature is one of {@code v1,<base64 HMAC>} made with the secret. */
  static boolean signedWith(Received request, String secret) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String content =
          request.header("webhook-id")
              + "."
              + request.header("webhook-timestamp")
              + "."
              + request.body();
      String expected =
          "v1,"
              + Base64.getEncoder()
                  .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
      for (String signature : request.header("webhook-signature").split(" ")) {
        if (java.security.MessageDigest.isEqual(
            signature.getBytes(StandardCharsets.UTF_8),
            expected.getBytes(StandardCharsets.UTF_8))) {
          return true;
        }
      }
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
