package io.chataccess.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SQL against the test database through the {@code psql} client (Debian's PostgreSQL brings it):
 * what the server's transactions are doing ({@code pg_locks}, {@code pg_stat_activity}), and what
 * the tables hold, seen past the product's own read path.
 */
final class Psql {

  private final String uri;
  private final String username;
  private final String password;

  Psql(ClusterDatabase database) {
    // psql takes the JDBC URL's own postgresql://host:port/database form
    this.uri = database.url().replaceFirst("^jdbc:", "");
    this.username = database.username();
    this.password = database.password();
  }

  /** The rows of the answer, columns separated by {@code |}; fails on any SQL error. */
  List<String> rows(String sql) {
    ProcessBuilder builder =
        new ProcessBuilder(
                "psql",
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                uri,
                "-U",
                username,
                "-c",
                sql)
            .redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password);
    builder.environment().put("PGCONNECT_TIMEOUT", "10");
    builder.environment().put("PGOPTIONS", "-c statement_timeout=30000");
    try {
      Process psql = builder.start();
      String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!psql.waitFor(60, TimeUnit.SECONDS) || psql.exitValue() != 0) {
        psql.destroyForcibly();
        throw new IllegalStateException("psql failed on [" + sql + "]: " + output);
      }
      return output.lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The single number a {@code select count(*)} answers. */
  long count(String sql) {
    List<String> rows = rows(sql);
    if (rows.size() != 1) {
      throw new IllegalStateException("[" + sql + "] answered " + rows);
    }
    return Long.parseLong(rows.get(0).trim());
  }
}
