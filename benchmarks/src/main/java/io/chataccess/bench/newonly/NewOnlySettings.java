package io.chataccess.bench.newonly;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the "new only" benchmark is run with, from environment variables (all optional; {@code
 * bench/new-only.sh} sets the server's address, the report path and the setup notes).
 *
 * @param baseUrl the Keycloak server ({@code NEW_ONLY_BASE_URL}, http://localhost:8680)
 * @param teamSize members of {@code /team} ({@code NEW_ONLY_TEAM_SIZE}, 10,000)
 * @param importParts requests the users are imported in: 1 is the realm import alone, more adds
 *     partial imports of the rest ({@code NEW_ONLY_IMPORT_PARTS}, 1)
 * @param inboxes inboxes of the location ({@code NEW_ONLY_INBOXES}, 20)
 * @param saves {@code new-only} saves ({@code NEW_ONLY_SAVES}, 5, at most {@link
 *     RoleGrants#MAX_SAVES})
 * @param refreshes measured refresh grants ({@code NEW_ONLY_REFRESHES}, 50)
 */
record NewOnlySettings(
    String baseUrl,
    String adminUser,
    String adminPassword,
    String realm,
    int teamSize,
    int importParts,
    int inboxes,
    int saves,
    int refreshes,
    String password,
    Path report,
    String setupNotes) {

  static NewOnlySettings fromEnvironment(Map<String, String> env) {
    NewOnlySettings settings =
        new NewOnlySettings(
            env.getOrDefault("NEW_ONLY_BASE_URL", "http://127.0.0.1:8680"),
            env.getOrDefault("NEW_ONLY_ADMIN_USER", "admin"),
            env.getOrDefault("NEW_ONLY_ADMIN_PASSWORD", "admin"),
            env.getOrDefault("NEW_ONLY_REALM", "new-only-bench"),
            number(env, "NEW_ONLY_TEAM_SIZE", 10_000),
            number(env, "NEW_ONLY_IMPORT_PARTS", 1),
            number(env, "NEW_ONLY_INBOXES", 20),
            number(env, "NEW_ONLY_SAVES", 5),
            number(env, "NEW_ONLY_REFRESHES", 50),
            env.getOrDefault("NEW_ONLY_USER_PASSWORD", "bench-password"),
            Path.of(env.getOrDefault("NEW_ONLY_REPORT", "benchmarks/target/new-only/report.md")),
            env.getOrDefault("NEW_ONLY_SETUP_NOTES", ""));
    if (settings.saves < 1 || settings.saves > RoleGrants.MAX_SAVES) {
      throw new IllegalArgumentException("NEW_ONLY_SAVES must be 1 to " + RoleGrants.MAX_SAVES);
    }
    if (settings.teamSize < 1 || settings.importParts < 1 || settings.inboxes < 1) {
      throw new IllegalArgumentException("team size, import parts and inboxes must be positive");
    }
    return settings;
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
