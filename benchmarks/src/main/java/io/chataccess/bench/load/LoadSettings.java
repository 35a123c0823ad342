package io.chataccess.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The load benchmark's settings, from environment variables (bench/load.sh sets them). */
record LoadSettings(
    String baseUrl,
    String adminUser,
    String adminPassword,
    Path dataDir,
    Path report,
    String password,
    int workers,
    int rounds,
    Duration serverWarmUp,
    Duration warmUp,
    Duration measure,
    int sqlRequests,
    Duration adminMeasure,
    String channelFilter,
    String nodeFilter,
    long keycloakPid,
    String setupNotes,
    int documentAssignments,
    boolean assignmentsViaRest) {

  static LoadSettings fromEnvironment(Map<String, String> env) {
    return new LoadSettings(
        env.getOrDefault("LOAD_BASE_URL", "http://localhost:8580"),
        env.getOrDefault("LOAD_ADMIN_USER", "admin"),
        env.getOrDefault("LOAD_ADMIN_PASSWORD", "admin"),
        Path.of(env.getOrDefault("LOAD_DATA_DIR", "benchmarks/target/load/data")),
        Path.of(env.getOrDefault("LOAD_REPORT", "benchmarks/target/load/report.md")),
        env.getOrDefault("LOAD_USER_PASSWORD", "bench-password"),
        number(env, "LOAD_WORKERS", 8),
        number(env, "LOAD_ROUNDS", 3),
        Duration.ofSeconds(number(env, "LOAD_SERVER_WARMUP_SECONDS", 60)),
        Duration.ofSeconds(number(env, "LOAD_WARMUP_SECONDS", 10)),
        Duration.ofSeconds(number(env, "LOAD_MEASURE_SECONDS", 30)),
        number(env, "LOAD_SQL_REQUESTS", 50),
        Duration.ofSeconds(number(env, "LOAD_ADMIN_SECONDS", 20)),
        env.getOrDefault("LOAD_CHANNEL", "whatsapp"),
        env.getOrDefault("LOAD_NODE", "loc-0"),
        number(env, "LOAD_KEYCLOAK_PID", 0),
        env.getOrDefault("LOAD_SETUP_NOTES", ""),
        number(env, "LOAD_DOCUMENT_ASSIGNMENTS", -1),
        "rest".equals(env.getOrDefault("LOAD_ASSIGNMENTS_VIA", "document")));
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
