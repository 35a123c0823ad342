package io.chataccess.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What every part of one benchmark run shares: the settings, the server's API, the report being
 * written, the outcome of each target, and the users of the generated realm ({@code
 * bench-users.properties}: the sample, and the typical, supervisor and heaviest users).
 */
final class LoadRun {

  private final LoadSettings settings;
  private final KeycloakApi api;
  private final Markdown report = new Markdown();
  private final Map<String, String> targets = new LinkedHashMap<>();
  private final Properties users;
  private final List<String> sample;
  private final Map<String, String> userIds = new LinkedHashMap<>();

  private LoadRun(LoadSettings settings, KeycloakApi api, Properties users) {
    this.settings = settings;
    this.api = api;
    this.users = users;
    this.sample = List.of(users.getProperty("sample").split(","));
  }

  /** Reads the users of the generated realm from the data directory. */
  static LoadRun of(LoadSettings settings, KeycloakApi api) throws IOException {
    Properties users = new Properties();
    try (Reader reader =
        Files.newBufferedReader(settings.dataDir().resolve("bench-users.properties"))) {
      users.load(reader);
    }
    return new LoadRun(settings, api, users);
  }

  LoadSettings settings() {
    return settings;
  }

  KeycloakApi api() {
    return api;
  }

  Markdown report() {
    return report;
  }

  /** Target to its outcome, in the order the parts report them. */
  Map<String, String> targets() {
    return targets;
  }

  /** The sample users, each with one session per client. */
  List<String> sample() {
    return sample;
  }

  /** The username of {@code role}: typical, supervisor or heaviest. */
  String user(String role) {
    return users.getProperty(role);
  }

  /** Username to user id, once looked up. */
  Map<String, String> userIds() {
    return userIds;
  }
}
