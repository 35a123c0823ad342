package io.chataccess.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples the server's threads with {@code jstack} while a long request runs, and counts, over the
 * threads that are inside our code ({@code io.chataccess}), the frame on top of the stack and the
 * innermost frame of ours: a poor man's profiler that needs nothing deployed.
 */
final class StackSampler implements AutoCloseable {

  private final long pid;
  private final long intervalMillis;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Map<String, Integer> topFrames = new LinkedHashMap<>();
  private final Map<String, Integer> ourFrames = new LinkedHashMap<>();
  private final Thread thread;
  private int samples;
  private int ourThreads;
  private int autoFlushes;

  /**
   * Samples the Java process {@code pid}, or the Java process below it ({@code kc.sh} starts the
   * server as its child); no sampling for pid 0.
   */
  StackSampler(long pid, long intervalMillis) {
    this.pid = javaProcess(pid);
    this.intervalMillis = intervalMillis;
    this.thread = new Thread(this::sample, "stack-sampler");
    this.thread.setDaemon(true);
    if (pid > 0) {
      thread.start();
    }
  }

  private static long javaProcess(long pid) {
    if (pid <= 0) {
      return pid;
    }
    return ProcessHandle.of(pid)
        .flatMap(
            process ->
                process
                    .descendants()
                    .filter(d -> d.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .findFirst())
        .map(ProcessHandle::pid)
        .orElse(pid);
  }

  private void sample() {
    while (running.get()) {
      try {
        Process jstack = new ProcessBuilder("jstack", Long.toString(pid)).start();
        String dump = new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jstack.waitFor();
        record(dump);
        Thread.sleep(intervalMillis);
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  synchronized void record(String dump) {
    if (!dump.contains("Full thread dump")) {
      return;
    }
    samples++;
    for (String block : dump.split("\n\n")) {
      if (!block.contains("at io.chataccess.")) {
        continue;
      }
      String top = null;
      String ours = null;
      for (String line : block.split("\n")) {
        String trimmed = line.trim();
        if (!trimmed.startsWith("at ")) {
          continue;
        }
        String frame = trimmed.substring(3);
        if (top == null) {
          top = frame;
        }
        if (ours == null && frame.startsWith("io.chataccess.")) {
          ours = frame;
        }
      }
      if (top != null) {
        ourThreads++;
        if (block.contains("DefaultAutoFlushEventListener.onAutoFlush")) {
          autoFlushes++;
        }
        topFrames.merge(top, 1, Integer::sum);
        ourFrames.merge(ours, 1, Integer::sum);
      }
    }
  }

  synchronized int samples() {
    return samples;
  }

  /** Thread stacks inside our code, over all samples. */
  synchronized int ourThreads() {
    return ourThreads;
  }

  /** Of those, the stacks inside Hibernate's auto-flush before a query. */
  synchronized int autoFlushes() {
    return autoFlushes;
  }

  synchronized List<Map.Entry<String, Integer>> topFrames(int limit) {
    return sorted(topFrames, limit);
  }

  synchronized List<Map.Entry<String, Integer>> ourFrames(int limit) {
    return sorted(ourFrames, limit);
  }

  private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }

  @Override
  public void close() {
    running.set(false);
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
