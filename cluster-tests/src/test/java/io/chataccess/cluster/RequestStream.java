package io.chataccess.cluster;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * One stream of numbered requests (1, 2, ...) sent one after the other on a thread of its own until
 * stopped. It records the numbers acknowledged with the expected status, counts every other outcome
 * (another status, or no answer at all) and among them the failures (a 5xx, or no answer), and
 * keeps every answer whose body leaks a Java stack trace or exception class, which no caller may
 * ever see.
 */
final class RequestStream {

  /** A stack frame, a "Caused by", or a fully qualified exception class name. */
  private static final Pattern STACK =
      Pattern.compile(
          "\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\(|Caused by: |\\b[a-z]\\w*(\\.\\w+)+\\.\\w*Exception\\b");

  private final String name;
  private final int acknowledgedStatus;
  private final IntFunction<NodeClient.Reply> request;
  private final List<Integer> acknowledged = new CopyOnWriteArrayList<>();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  private RequestStream(
      String name, int acknowledgedStatus, IntFunction<NodeClient.Reply> request) {
    this.name = name;
    this.acknowledgedStatus = acknowledgedStatus;
    this.request = request;
    this.thread = new Thread(this::run, "stream-" + name);
    this.thread.setDaemon(true);
  }

  /** Starts sending {@code request(1)}, {@code request(2)}, ... at once. */
  static RequestStream start(
      String name, int acknowledgedStatus, IntFunction<NodeClient.Reply> request) {
    RequestStream stream = new RequestStream(name, acknowledgedStatus, request);
    stream.thread.start();
    return stream;
  }

  private void run() {
    for (int number = 1; running; number++) {
      NodeClient.Reply reply;
      try {
        reply = request.apply(number);
      } catch (AssertionError | RuntimeException noAnswer) {
        // no usable answer (connection refused, reset, no admin token during the outage)
        refused.incrementAndGet();
        failed.incrementAndGet();
        continue;
      }
      if (reply.status() == acknowledgedStatus) {
        acknowledged.add(number);
      } else {
        refused.incrementAndGet();
        if (reply.status() >= 500) {
          failed.incrementAndGet();
        }
        if (leaksStack(reply.text())) {
          leaks.add(name + " #" + number + ": " + reply.status() + " " + abbreviated(reply.text()));
        }
      }
    }
  }

  /** Stops after the request in flight; false if that did not end within {@code limit}. */
  boolean stop(Duration limit) throws InterruptedException {
    running = false;
    thread.join(limit.toMillis());
    return !thread.isAlive();
  }

  String name() {
    return name;
  }

  /** The numbers acknowledged so far, in order. */
  List<Integer> acknowledged() {
    return List.copyOf(acknowledged);
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  /** Requests answered otherwise, or not at all. */
  int refusedCount() {
    return refused.get();
  }

  /** Requests answered with a 5xx, or not at all: what a database outage causes. */
  int failedCount() {
    return failed.get();
  }

  /** Answers whose body showed a stack trace or an exception class. */
  List<String> leaks() {
    return List.copyOf(leaks);
  }

  /** Whether {@code body} shows a stack frame, a "Caused by" or an exception class name. */
  static boolean leaksStack(String body) {
    return STACK.matcher(body).find();
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
