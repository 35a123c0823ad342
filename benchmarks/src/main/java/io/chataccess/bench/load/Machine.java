package io.chataccess.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the report says about the machine the benchmark shares with the server. */
public final class Machine {

  private Machine() {}

  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  public static String memoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Markdown.decimal(kib / 1024.0 / 1024.0, 0);
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "?";
  }

  /** Whether a CI run ({@code /tmp/ci-check}) shares the machine right now. */
  static boolean ciRunning() {
    return ProcessHandle.allProcesses()
        .anyMatch(p -> p.info().commandLine().map(c -> c.contains("/tmp/ci-check")).orElse(false));
  }
}
