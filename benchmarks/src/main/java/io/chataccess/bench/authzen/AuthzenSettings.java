package io.chataccess.bench.authzen;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the AuthZEN benchmark is run with, from environment variables (all optional; {@code
 * bench/authzen.sh} sets the server's address, the report path and the setup notes).
 *
 * @param baseUrl the Keycloak server ({@code AUTHZEN_BASE_URL}, http://127.0.0.1:8780)
 * @param threads client threads of the throughput rounds ({@code AUTHZEN_THREADS}, 4)
 * @param rounds interleaved rounds per variant ({@code AUTHZEN_ROUNDS}, 3)
 * @param warmupSeconds warm-up per variant before the rounds ({@code AUTHZEN_WARMUP_SECONDS}, 10)
 * @param measureSeconds length of one round of one variant ({@code AUTHZEN_MEASURE_SECONDS}, 10)
 * @param searches sequential requests per measured search ({@code AUTHZEN_SEARCHES}, 200)
 * @param searchWarmup unmeasured requests before them ({@code AUTHZEN_SEARCH_WARMUP}, 30)
 * @param searchBudgetSeconds time one search may take, first request, warm-up and measured requests
 *     together ({@code AUTHZEN_SEARCH_BUDGET_SECONDS}, 60)
 * @param scale whether setup B (the 10,000-agent realm) runs ({@code AUTHZEN_SCALE}, true)
 * @param keycloakAuthzen whether Keycloak's own endpoint is measured ({@code AUTHZEN_KEYCLOAK},
 *     true; false when the server runs without {@code --features=authzen})
 */
record AuthzenSettings(
    String baseUrl,
    String adminUser,
    String adminPassword,
    int threads,
    int rounds,
    int warmupSeconds,
    int measureSeconds,
    int searches,
    int searchWarmup,
    int searchBudgetSeconds,
    boolean scale,
    boolean keycloakAuthzen,
    Path report,
    String setupNotes) {

  static AuthzenSettings fromEnvironment(Map<String, String> env) {
    return new AuthzenSettings(
        env.getOrDefault("AUTHZEN_BASE_URL", "http://127.0.0.1:8780"),
        env.getOrDefault("AUTHZEN_ADMIN_USER", "admin"),
        env.getOrDefault("AUTHZEN_ADMIN_PASSWORD", "admin"),
        number(env, "AUTHZEN_THREADS", 4),
        number(env, "AUTHZEN_ROUNDS", 3),
        number(env, "AUTHZEN_WARMUP_SECONDS", 10),
        number(env, "AUTHZEN_MEASURE_SECONDS", 10),
        number(env, "AUTHZEN_SEARCHES", 200),
        number(env, "AUTHZEN_SEARCH_WARMUP", 30),
        number(env, "AUTHZEN_SEARCH_BUDGET_SECONDS", 60),
        !"false".equals(env.getOrDefault("AUTHZEN_SCALE", "true")),
        !"false".equals(env.getOrDefault("AUTHZEN_KEYCLOAK", "true")),
        Path.of(env.getOrDefault("AUTHZEN_REPORT", "benchmarks/target/authzen/report.md")),
        env.getOrDefault("AUTHZEN_SETUP_NOTES", ""));
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
